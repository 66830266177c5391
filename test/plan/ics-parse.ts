/**
 * A small RFC 5545 reader for the tests: checks the framing (CRLF only, 75-octet lines) while unfolding, then
 * reads components and properties and unescapes TEXT values. Strict on purpose: anything odd throws.
 */
export interface Property {
  readonly params: Record<string, string>;
  readonly value: string;
}
export type Component = {
  readonly name: string;
  readonly props: Map<string, Property>;
  readonly children: Component[];
};

const utf8 = new TextEncoder();

/** Physical lines of a file, asserting CRLF endings and at most 75 octets each. */
export function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('file does not end in CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    if (/[\r\n]/.test(line)) throw new Error(`bare CR or LF in ${JSON.stringify(line)}`);
    if (utf8.encode(line).length > 75) throw new Error(`line longer than 75 octets: ${JSON.stringify(line)}`);
  }
  return lines;
}

/** Unfolds continuation lines (a leading space or tab joins a line to the one before). */
export function unfold(text: string): string[] {
  const logical: string[] = [];
  for (const line of physicalLines(text)) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

/** Parses a whole file into its VCALENDAR component. */
export function parseCalendar(text: string): Component {
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of unfold(text)) {
    const match = /^([A-Z-]+)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    const [, name, rawParams, value] = match as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      const component: Component = { name: value, props: new Map(), children: [] };
      if (stack.length) stack[stack.length - 1]!.children.push(component);
      else root = component;
      stack.push(component);
    } else if (name === 'END') {
      if (stack.pop()?.name !== value) throw new Error(`END:${value} does not close the open component`);
    } else {
      const params = Object.fromEntries(
        rawParams
          .split(';')
          .slice(1)
          .map((param) => param.split('=') as [string, string]),
      );
      const component = stack[stack.length - 1];
      if (!component) throw new Error(`property outside a component: ${name}`);
      if (component.props.has(name)) throw new Error(`${name} appears twice in ${component.name}`);
      component.props.set(name, { params, value });
    }
  }
  if (!root || stack.length) throw new Error('unbalanced BEGIN/END');
  return root;
}

/** The events of a file as plain objects (TEXT values unescaped). */
export function readEvents(text: string) {
  return parseCalendar(text)
    .children.filter((child) => child.name === 'VEVENT')
    .map((event) => {
      const get = (name: string) => event.props.get(name);
      const text = (name: string) => (get(name) ? unescapeText(get(name)!.value) : undefined);
      return {
        uid: text('UID'),
        dtstamp: get('DTSTAMP')?.value,
        start: get('DTSTART'),
        end: get('DTEND'),
        summary: text('SUMMARY'),
        location: text('LOCATION'),
        description: text('DESCRIPTION'),
        names: [...event.props.keys()],
      };
    });
}

// What authors write: hand-written dk-* HTML (README.md's examples plus per-element tokens, aria-*, data-* and
// responsive images), one shortcode per element (issue 9's names), and each block's comment-delimited markup.
// Every tag is written on one line with double-quoted attributes, as WordPress's editors save them: kses rebuilds
// a tag's attributes with single spaces, so that is the form in which "saved equals submitted" can hold exactly.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** A solid-colour PNG (no image library needed in PHP or Node). */
export function png(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Puts a before and an after image (800×600 and a 400×300 size each) into the uploads folder and the Media
 * Library, with metadata as WordPress would generate it (so wp_get_attachment_image() prints srcset and sizes).
 * Returns { before: { id, url, url400 }, after: … }.
 */
export async function addImages(wp) {
  const dir = path.join(wp.site, 'wp-content/uploads/2026/11');
  fs.mkdirSync(dir, { recursive: true });
  const out = {};
  for (const [name, colour] of [['before', [176, 112, 96]], ['after', [224, 176, 160]]]) {
    fs.writeFileSync(path.join(dir, `${name}.png`), png(800, 600, colour));
    fs.writeFileSync(path.join(dir, `${name}-400x300.png`), png(400, 300, colour));
    const id = Number((await wp.wpCli(`
$file = '2026/11/${name}.png';
$id = wp_insert_attachment(array('post_mime_type' => 'image/png', 'post_title' => '${name}', 'post_status' => 'inherit',
  'guid' => wp_upload_dir()['baseurl'] . '/' . $file), wp_upload_dir()['basedir'] . '/' . $file);
update_post_meta($id, '_wp_attachment_image_alt', 'Cheek ${name} treatment');
wp_update_attachment_metadata($id, array('width' => 800, 'height' => 600, 'file' => $file,
  'sizes' => array('medium' => array('file' => '${name}-400x300.png', 'width' => 400, 'height' => 300, 'mime-type' => 'image/png')),
  'image_meta' => array()));
echo $id;`)).trim());
    out[name] = { id, url: `${wp.url}/wp-content/uploads/2026/11/${name}.png`, url400: `${wp.url}/wp-content/uploads/2026/11/${name}-400x300.png` };
  }
  return out;
}

/** Hand-written HTML, one entry per element (README's examples, with the attributes kses used to strip). */
export function handWritten(images) {
  const img = (slot, alt) =>
    `<img slot="${slot}" src="${images[slot].url}" srcset="${images[slot].url400} 400w, ${images[slot].url} 800w" ` +
    `sizes="(max-width: 800px) 100vw, 800px" alt="${alt}" width="800" height="600" decoding="async" loading="lazy">`;
  return {
    faq: `<dk-faq searchable schema heading-level="2" style="--dk-color-primary: #0b6e69" aria-label="Microneedling questions" data-section="faq">
  <dk-faq-item>
    <span slot="question">How long does collagen production last after microneedling?</span>
    <p>Collagen production can continue for up to three to six months after a treatment.</p>
  </dk-faq-item>
  <dk-faq-item question="Is microneedling safe for all skin types?" data-topic="safety">
    <p>Yes, when performed by a trained professional using proper depth settings.</p>
    <p>Ask about your skin type at the consultation.</p>
  </dk-faq-item>
</dk-faq>`,
    recovery: `<dk-recovery treatment-date="2026-11-01" date-picker scrubber style="--dk-color-accent: #c2410c">
  <h2 slot="intro">Your recovery</h2>
  <dk-healing-timeline></dk-healing-timeline>
  <dk-collagen-gauge show-types></dk-collagen-gauge>
</dk-recovery>`,
    timeline: `<dk-healing-timeline treatment-date="2026-11-01" aria-label="Healing after microneedling">
  <dk-phase name="Inflammatory" start="0" end="3">Blood flow rises and growth factors wake the fibroblasts.</dk-phase>
  <dk-phase name="Proliferative" start="3" end="21">Fibroblasts lay down new type III collagen and elastin.</dk-phase>
  <dk-phase name="Remodeling" start="21" end="180">Type III collagen matures into stronger type I.</dk-phase>
</dk-healing-timeline>`,
    gauge: `<dk-collagen-gauge treatment-date="2026-11-01" show-types>Collagen renewal after your first session</dk-collagen-gauge>
<dk-collagen-gauge value="60" label="Course progress" style="--dk-radius: 4px" data-course="1"></dk-collagen-gauge>`,
    plan: `<dk-treatment-plan sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1" event-title="Microneedling session" location="Harbor Skin Clinic, 12 Quay Street">
  <p>Four sessions, six weeks apart.</p>
</dk-treatment-plan>`,
    beforeAfter: `<dk-before-after label="Acne scarring, before and after" style="--dk-color-primary: #0b6e69">
  ${img('before', 'Acne scarring on the cheek before treatment')}
  ${img('after', 'The same cheek three months after three sessions')}
</dk-before-after>`,
  };
}

/** One shortcode per element (issue 9: named after the tag, attributes as in the README, nested content). */
export function shortcodes(images) {
  return {
    faq: `[dermakit_faq searchable="true" heading_level="2"][dermakit_faq_item question="Is microneedling safe for all skin types?"]Yes, when performed by a trained professional using proper depth settings.[/dermakit_faq_item][dermakit_faq_item question="How long does collagen production last?"]Up to three to six months after a treatment.[/dermakit_faq_item][/dermakit_faq]`,
    recovery: `[dermakit_recovery treatment-date="2026-11-01" scrubber="true"][dermakit_healing_timeline][/dermakit_healing_timeline][dermakit_collagen_gauge show-types="true"][/dermakit_collagen_gauge][/dermakit_recovery]`,
    timeline: `[dermakit_healing_timeline treatment-date="2026-11-01"][dermakit_phase name="Inflammatory" start="0" end="3"]Blood flow rises.[/dermakit_phase][dermakit_phase name="Proliferative" start="3" end="21"]New type III collagen.[/dermakit_phase][dermakit_phase name="Remodeling" start="21" end="180"]Type III matures into type I.[/dermakit_phase][/dermakit_healing_timeline]`,
    gauge: `[dermakit_collagen_gauge value="60" label="Course progress"]`,
    plan: `[dermakit_treatment_plan sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1" event-title="Microneedling session" location="Harbor Skin Clinic"]Four sessions, six weeks apart.[/dermakit_treatment_plan]`,
    beforeAfter: `[dermakit_before_after label="Acne scarring, before and after" before="${images.before.id}" after="${images.after.id}" before-alt="Acne scarring on the cheek before treatment" after-alt="The same cheek three months after three sessions"]`,
  };
}

/**
 * Each block's comment-delimited markup as the block editor saves it (dynamic blocks: attributes in the comment,
 * inner blocks inside). Block and attribute names follow issue 9 and the README (camelCase in JSON); the kses test
 * checks them against the plugin's block.json files, so a rename there shows up as a failure, not a silent pass.
 */
export function blocks(images) {
  // As the block editor serialises attributes: <, >, & and quotes escaped inside the comment.
  const j = (o) => JSON.stringify(o).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  const para = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
  return {
    faq: `<!-- wp:dermakit/faq ${j({ searchable: true, headingLevel: '2' })} -->
<!-- wp:dermakit/faq-item ${j({ question: 'Is microneedling safe for all skin types?' })} -->
${para('Yes, when performed by a trained professional using proper depth settings.')}

${para('Ask about your skin type at the consultation.')}
<!-- /wp:dermakit/faq-item -->
<!-- wp:dermakit/faq-item ${j({ question: 'How long does collagen production last?' })} -->
${para('Up to three to six months after a treatment.')}
<!-- /wp:dermakit/faq-item -->
<!-- /wp:dermakit/faq -->`,
    recovery: `<!-- wp:dermakit/recovery ${j({ treatmentDate: '2026-11-01', scrubber: true, datePicker: true, intro: 'Your recovery' })} -->
<!-- wp:dermakit/healing-timeline /-->
<!-- wp:dermakit/collagen-gauge ${j({ showTypes: true })} /-->
<!-- /wp:dermakit/recovery -->`,
    // A phase's text is RichText: HTML, so "&" is `&amp;`, as the block editor itself saves it.
    timeline: `<!-- wp:dermakit/healing-timeline ${j({ treatmentDate: '2026-11-01' })} -->
<!-- wp:dermakit/phase ${j({ name: 'Inflammatory', start: '0', end: '3', text: 'Blood flow rises and growth factors wake the fibroblasts.' })} /-->
<!-- wp:dermakit/phase ${j({ name: 'Proliferative', start: '3', end: '21', text: 'Fibroblasts lay down new type III collagen &amp; elastin.' })} /-->
<!-- wp:dermakit/phase ${j({ name: 'Remodeling', start: '21', end: '180', text: 'Type III collagen matures into stronger type I.' })} /-->
<!-- /wp:dermakit/healing-timeline -->`,
    gauge: `<!-- wp:dermakit/collagen-gauge ${j({ value: '60', label: 'Course progress' })} /-->`,
    plan: `<!-- wp:dermakit/treatment-plan ${j({ sessions: '4', intervalWeeks: '6', startDate: '2026-12-01', completed: '1', eventTitle: 'Microneedling session', location: 'Harbor Skin Clinic, 12 Quay Street', text: 'Four sessions, six weeks apart.' })} /-->`,
    beforeAfter: `<!-- wp:dermakit/before-after ${j({ label: 'Acne scarring, before and after', beforeId: images.before.id, afterId: images.after.id, beforeAlt: 'Acne scarring on the cheek before treatment', afterAlt: 'The same cheek three months after three sessions' })} /-->`,
  };
}

/** What lower roles must still lose: each entry is [content, what must not survive]. */
export const dangerous = [
  ['<p>x</p><script>alert(1)</script>', /<script/i],
  ['<p onclick="alert(1)">x</p>', /onclick/i],
  ['<dk-faq onclick="alert(1)"><dk-faq-item question="q"><p>a</p></dk-faq-item></dk-faq>', /onclick/i],
  ['<dk-collagen-gauge value="60" onmouseover="alert(1)"></dk-collagen-gauge>', /onmouseover/i],
  ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
  ['<dk-before-after label="x"><img slot="before" src="javascript:alert(1)" alt="b"><img slot="after" src="a.png" alt="a" onerror="alert(1)"></dk-before-after>', /javascript:|onerror/i],
  ['<dk-faq style="background: url(javascript:alert(1))"><dk-faq-item question="q"><p>a</p></dk-faq-item></dk-faq>', /javascript:/i],
];

/** A tag's attributes separated by single spaces (kses's form), so README's multi-line tags compare too. */
export const normalizeTags = (html) => html.replace(/<[^>]+>/g, (tag) => tag.replace(/\s+/g, ' '));

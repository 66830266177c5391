// Text for the benchmark pages: realistic clinic FAQ questions and answers, phases and plans. The same content
// feeds the dermakit page and its native-HTML twin, so both pages carry the same words.

export const treatments = [
  'Microneedling',
  'A chemical peel',
  'Laser resurfacing',
  'A PRP facial',
  'LED light therapy',
  'A hydrating facial',
  'Radiofrequency microneedling',
  'An IPL photofacial',
  'Dermaplaning',
  'Acne scar treatment',
];

/** Thirty question/answer templates; `{t}` is the treatment (lower-case), `{T}` the same capitalised. */
const templates = [
  [
    'How long does recovery take after {t}?',
    'Most people see redness, like a mild sunburn, for one to three days. Deeper treatments can need up to a week before the skin looks settled.',
  ],
  [
    'Is {t} painful?',
    'We apply a numbing cream for about thirty minutes first, so most people feel only warmth or light prickling. Tell us at once if anything feels uncomfortable.',
  ],
  [
    'How many sessions of {t} will I need?',
    'Most people benefit from a series of three to six sessions, four to six weeks apart, because each one starts a new round of collagen renewal.',
  ],
  [
    'When will I see results from {t}?',
    'Skin often looks brighter within a week. Firmer texture builds gradually over three to six months as new collagen matures.',
  ],
  [
    'Can I wear makeup after {t}?',
    'Wait about 24 hours so the skin can close and calm down, then use clean brushes and mineral makeup for the first few days.',
  ],
  [
    'Is {t} safe for darker skin tones?',
    'Yes, when the settings suit your skin. We assess your skin type at the consultation and may start with a test area to avoid pigmentation changes.',
  ],
  [
    'What should I avoid before {t}?',
    'Stop retinoids, exfoliating acids and vitamin C serums five to seven days before, and avoid sunburn, waxing and self-tanner on the area.',
  ],
  [
    'What should I avoid after {t}?',
    'Skip heavy exercise, saunas and swimming for 48 to 72 hours, and leave out retinoids and acids for about a week. Do not pick at flaking skin.',
  ],
  [
    'Do I need sunscreen after {t}?',
    'Yes. From the day after treatment use a broad-spectrum SPF 30 or higher every day, and reapply it when you are outdoors.',
  ],
  [
    'How long does a {t} appointment take?',
    'Plan about an hour: numbing, the treatment itself, which takes twenty to forty minutes, and a few minutes of aftercare advice.',
  ],
  [
    'Can {t} treat acne scars?',
    'It can soften rolling and boxcar scars by stimulating new collagen. Deep ice-pick scars usually need a combination of treatments. Individual results vary.',
  ],
  [
    'Can I combine {t} with other treatments?',
    'Often, yes, but not on the same day in most cases. Your practitioner will plan the order and spacing that is safe for your skin.',
  ],
  [
    'Who should not have {t}?',
    'We do not treat active infections, cold sores, open wounds or active acne on the area, and we postpone treatment during pregnancy.',
  ],
  [
    'Will my skin peel after {t}?',
    'Light flaking between day two and day five is common. Let it shed on its own and keep the skin moisturised with a gentle cream.',
  ],
  [
    'How much downtime does {t} need?',
    'Most people return to work the next day. Plan a quiet weekend after a deeper treatment if you would rather not be seen with redness.',
  ],
  [
    'Can men have {t}?',
    'Yes. The treatment works the same way on any skin; we adjust around the beard area and may ask you to shave the day before.',
  ],
  [
    'How should I prepare my skin for {t}?',
    'Arrive with clean skin and no makeup. Drink water, and tell us about any medication, especially blood thinners or isotretinoin.',
  ],
  [
    'Is {t} suitable for sensitive skin?',
    'Usually, with gentler settings and a patch test first. Rosacea flares or eczema on the area should be calm before we treat.',
  ],
  [
    'How long do the results of {t} last?',
    'New collagen lasts, but skin keeps ageing. Many people keep their results with one maintenance session a year and daily sun protection.',
  ],
  [
    'What does {t} feel like afterwards?',
    'The skin feels warm and tight, a bit like after a day in the sun. A cool compress and a plain moisturiser help for the first evening.',
  ],
  [
    'Can I have {t} in summer?',
    'Yes, if you protect the skin from the sun carefully. Some stronger treatments are easier to plan in autumn and winter.',
  ],
  [
    'Does {t} help with fine lines?',
    'It can soften fine lines by thickening the skin over time. Deeper wrinkles caused by muscle movement need a different approach.',
  ],
  [
    'Does {t} help with pigmentation?',
    'It can even out tone gradually. Melasma needs a cautious plan, because heat and inflammation can make it darker.',
  ],
  [
    'Can I have {t} while breastfeeding?',
    'Please tell us. We usually postpone treatments that use numbing creams or active products until you have finished breastfeeding.',
  ],
  [
    'What happens at the {t} consultation?',
    'We look at your skin, ask about your health and goals, explain what is realistic, and agree a plan and a price before anything starts.',
  ],
  [
    'How much does {t} cost?',
    'The price depends on the area and the number of sessions. We give you a written quote at the consultation, and a series costs less per session.',
  ],
  [
    'Are there side effects of {t}?',
    'Redness, swelling and tenderness are common and short-lived. Rarely, infection, bruising or pigment changes occur; call us if you are worried.',
  ],
  [
    'Can I go to the gym after {t}?',
    'Wait 48 to 72 hours. Sweat and friction can irritate freshly treated skin and raise the risk of breakouts.',
  ],
  [
    'Which skincare should I use after {t}?',
    'A gentle cleanser, a plain moisturiser and sunscreen. We give you an aftercare sheet and can suggest products if you ask.',
  ],
  [
    'Who performs {t} at the clinic?',
    'A trained practitioner who does this treatment every week, under the supervision of our medical director.',
  ],
];

/** `count` questions for one treatment, each `{ question, answer }`. */
export function faqItems(treatment, count) {
  const lower = treatment.replace(/^(A|An) /, (m) => m.toLowerCase());
  return Array.from({ length: count }, (_, i) => {
    const [question, answer] = templates[i % templates.length];
    const fill = (text) => text.replaceAll('{t}', lower).replace(/^./, (c) => c.toUpperCase());
    return { question: fill(question), answer: fill(answer) };
  });
}

export const phaseSets = [
  [
    {
      name: 'Inflammatory',
      start: 0,
      end: 3,
      text: 'Blood flow rises and growth factors wake the fibroblasts. Mild redness usually settles within one to three days.',
    },
    {
      name: 'Proliferative',
      start: 3,
      end: 21,
      text: 'Fibroblasts lay down new collagen, mostly type III at first, and elastin. Skin may feel dry or flake.',
    },
    {
      name: 'Remodeling',
      start: 21,
      end: 180,
      text: 'Type III collagen slowly matures into stronger type I. Firmness and texture keep improving.',
    },
  ],
  [
    { name: 'Redness', start: 0, end: 2, text: 'The skin is warm and pink, like after a day in the sun.' },
    { name: 'Peeling', start: 2, end: 7, text: 'Light flaking shows fresh skin underneath. Let it shed on its own.' },
    { name: 'Renewal', start: 7, end: 28, text: 'Tone evens out and the surface feels smoother.' },
    { name: 'Results', start: 28, end: 90, text: 'New collagen firms the skin; keep using sunscreen every day.' },
  ],
];

export const gaugeCaptions = [
  'Collagen renewal after your first session',
  'Collagen renewal',
  'Course progress',
  'New collagen after your second session',
  'Skin renewal so far',
];

export const comparisons = [
  { name: 'acne-scars', w: 480, h: 360, what: 'acne scarring on the cheek' },
  { name: 'pigmentation', w: 480, h: 360, what: 'uneven pigmentation' },
  { name: 'fine-lines', w: 400, h: 400, what: 'fine lines beside the eye' },
];

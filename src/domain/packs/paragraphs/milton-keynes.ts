// One-sentence paraphrases of the Milton Keynes procedure (MK), shown when a user expands a citation.
export const miltonKeynesParagraphs: Record<string, string> = {
  'MK 5.1.1':
    'Serious case reviews have found parents who would not co-operate or were hostile; where a child may be at risk, doing nothing is not an option.',
  'MK 5.1.2':
    'Families may hold back because of bad past experience of agencies, fear of losing their children, dislike of authority, poor communication from us, or something to hide.',
  'MK 5.1.3':
    'Difficult behaviour runs along a line from hostility, threats and violence to engagement that is only on the surface.',
  'MK 5.1.4':
    'Ambivalence shows as lateness, excuses for missed visits and changing the subject; it is common and may only mean the family is unsure what we expect.',
  'MK 5.1.5':
    'Avoidance, such as cutting a visit short for something apparently urgent, is common and often hides anxiety about our involvement.',
  'MK 5.1.6':
    'Confrontation, including arguments or not opening the door, can reflect deep mistrust; stay clear about your role and, at the right time, challenge safely so the family sees we will persist.',
  'MK 5.1.7': 'Refusal is when a family will not meet workers or will not let a child be seen alone.',
  'MK 5.1.8':
    'Threatened or actual violence is rare but the hardest to work with: keep the child paramount, follow safety policies, seek legal advice, and ask what the child must feel if you feel afraid.',
  'MK 5.1.9':
    'Understanding the child’s situation is the aim of all work; where a family blocks it, record and assess which parts of the work cannot be done and why.',
  'MK 5.1.9.1':
    'A worker worried about poor access or engagement should raise it with their line manager without delay.',
  'MK 5.1.9.2': 'Every discussion and every attempt to engage must be recorded clearly.',
  'MK 5.1.9.3': 'Decide how fast to respond and whether something must be done straight away.',
  'MK 5.1.9.4': 'Decide which other agencies need to hear about the difficulty in engaging.',
  'MK 5.1.9.5':
    'Questions for reflecting on your own practice: avoiding conflict, playing down bad news, holding back concerns, relief at an unanswered door, over-challenging, or focusing on the adults.',
  'MK 5.1.9.6':
    'Consider what the lack of engagement means for the child’s life, and how the child behaves around the parents.',
  'MK 5.1.9.7': 'Every contact, from the first letter or phone call, is part of engaging the family.',
  'MK 5.1.9.8':
    'Check what is already known, whether a CAF exists, and whether a lead professional can help.',
  'MK 5.1.9.9': 'Stay positive and polite while being clear about the concerns and the change needed.',
  'MK 5.1.9.10': 'Stay consistent even when the response is hostile or negative.',
  'MK 5.1.9.11': 'Use a relative or professional the family already trusts, and visit together as a way in.',
  'MK 5.1.9.12': 'Be flexible and communicate well; look for ways to meet the family half way.',
  'MK 5.1.9.13':
    'Talk openly with the family about why things are not working, in terms of the children’s outcomes.',
  'MK 5.1.9.14': 'Keep the relationship formal but supportive.',
  'MK 5.1.9.15': 'Notice and acknowledge progress, even just by thanking the family for their time.',
  'MK 5.1.9.16':
    'A parent who blocks a child being seen alone may be afraid of what will follow; ease their fears, perhaps with a teacher or health visitor present.',
  'MK 5.1.9.17':
    'Use a clear two-way written agreement: what we expect of the family and what they can expect of us.',
  'MK 5.1.9.18': 'Be punctual, and avoid cancelling or moving appointments.',
  'MK 5.1.9.19': 'Know the main cultural and religious events in the family’s life.',
  'MK 5.1.9.20': 'Consider asking your line manager to come with you on a visit.',
  'MK 5.1.9.21':
    'Turn to your manager and colleagues for advice and support; try not to take it personally or respond in anger.',
  'MK 5.1.9.22':
    'Access problems may be acute or chronic, and a missed visit may leave a child in immediate danger, so no single response suits every case.',
  'MK 5.1.9.23':
    'Responses range from changing the visit schedule to legal advice, a conference or police help; always plan for a failed contact in advance, keep agencies informed, discuss regularly with your manager and consider a strategy discussion.',
  'MK 5.1.9.24':
    'When families threaten violence, follow your agency’s health and safety procedures with your manager’s support, plan jointly for safety, and leave your whereabouts at the office.',
  'MK 5.1.9.25':
    'Threats may be open or hidden: floods of calls and emails, domineering or abusive language, swearing, shouting, violence and discriminatory remarks.',
  'MK 5.1.9.26':
    'Questions to make sense of a hostile response, and a check on whether non-engagement itself raises the risk enough for a conference or legal action.',
  'MK 5.1.10':
    'If the family is known to Children’s Social Care, the first line manager calls a multi-agency meeting to share approaches and form an action plan.',
  'MK 5.1.11':
    'That meeting looks at non-co-operation against the child’s plan; it may be a first planning meeting, a review, a strategy discussion, a core group or a review conference, brought forward if needed.',
  'MK 5.1.12':
    'Strategies include joint visits (with the police where there is physical risk), involving relatives who are not hostile, and a legal planning meeting.',
  'MK 5.1.13':
    'Actual threats or violence go to the first line manager at once, under the agency’s violence at work procedure, including any report to the police.',
  'MK 5.1.14': 'Any response must weigh the risks to the children and family and the safety of staff.',
  'MK 5.1.15':
    'Violence or threats against staff tell us about the family and belong in the assessment of the child.',
  'MK 5.1.16':
    'Violence to staff concerns every agency: one that knows a carer is violent must warn the others.',
  'MK 5.1.17':
    'When everything has been tried, consider a child protection consultation and call a hard to engage professionals meeting.',
  'MK 5.1.18':
    'No agency works alone and a family may engage with some; agencies share ownership of the concerns through meetings such as core groups.',
  'MK 5.1.19':
    'A case must not close over access difficulties until every relevant agency has been consulted; a meeting or conference is needed where the contact is part of a multi-agency plan.',
  'MK 5.1.20':
    'A professionals meeting lets agencies pool what they know and agree a plan for working with the family.',
  'MK 5.1.21':
    'The worst case is every agency withdrawing; where the family sees only some professionals, keep sharing so that nobody drifts into collusion.',
  'MK 5.1.22':
    'At the meeting, guard against group thinking inflating the risk; the flowchart sets out the possible outcomes.',
  'MK 5.1.23':
    'Close: other agencies keep watch and refer back if needed, mostly for children in need whose families work with some professionals.',
  'MK 5.1.24':
    'Continue: review and keep trying, including advocacy, a family centre or a family group conference.',
  'MK 5.1.25':
    'Child protection: weigh the evidence of significant harm and hold a consultation about an initial conference or an early review.',
  'MK 5.1.26': 'Legal: take legal advice and consider applying for an order.',
  'MK 5.1.27':
    'Hard to engage families can change, and most respond to assertive, positive and respectful work.',
};

// One-sentence paraphrases of the Barnsley Engaging Families Toolkit (BEF), shown beside citations.
export const barnsleyParagraphs: Record<string, string> = {
  'BEF 1.0':
    'The toolkit guides practitioners and managers in engaging families in early help; its key messages are the quality of the relationship, persistence, thinking family and keeping the child’s needs in focus.',
  'BEF 2.0':
    'Reviews have found workers giving up too soon and parents who would not co-operate; where a child may be harmed, doing nothing is not an option.',
  'BEF 3.0':
    'The toolkit is for every practitioner in Barnsley working with children or parents, alongside their own agency’s procedures, as part of the Early Help Offer.',
  'BEF 4.0':
    'Engagement has three stages: first bringing the family in, helping them see what the service offers, and building a working relationship.',
  'BEF 5.0':
    'Practitioners struggle to engage when they lack the skills, misread a family’s difficulties, lack time, clash in values or feel pressed for quick change.',
  'BEF 6.0':
    'Families hold back for many reasons, among them past experience of services, fear of losing their children, unmet needs, chaotic lives, stigma and resentment of changing staff.',
  'BEF 7.0':
    'Describes ambivalence, confrontation, avoidance, refusal, violence and the signs of disguised compliance, and warns against the rule of optimism in favour of respectful uncertainty.',
  'BEF 8.1':
    'Parents say honest, clear, reliable and practical workers help, as do small meetings, written reminders and a plan they helped to shape.',
  'BEF 8.2':
    'Children want workers who listen, are reliable, act, keep confidences and ask them early what they feel and want.',
  'BEF 8.3':
    'Parents found assumptions, not being kept informed, large meetings and written material they could not read unhelpful.',
  'BEF 9.1':
    'Principles: child centred, a trusting partnership, families as experts in their own lives, persistence, and support and supervision for staff.',
  'BEF 9.2':
    'Strategies include a named lead worker, persistence, keeping the child’s voice central, involving fathers and other significant adults, a two-way written agreement, flexible times, punctuality, a trusted third party and phone or text instead of letters.',
  'BEF 10.0':
    'Use the cycle of change to see where each parent stands, and choose tasks that fit that stage rather than the next one; its five stages end in maintenance, where the work is to foresee relapse, its triggers and how to cope with them.',
  'BEF 10.1':
    'The GROW model (goal, reality, options, will) helps set goals with a family and test their motivation.',
  'BEF 11.0':
    'If engagement keeps failing, the lead professional and team around the family must rethink their approach, or agencies may withdraw, punish the family or split.',
  'BEF 11.1':
    'Ways to rethink: build on strengths, stay balanced and authoritative, use motivational interviewing, challenge non-co-operation safely, never work alone where there is danger, summarise each contact and use supervision.',
  'BEF 11.2':
    'The lead professional records what is hard to achieve and why, and promptly talks to their line manager, gathers and shares information, judges urgency and meets as a team around the family.',
};

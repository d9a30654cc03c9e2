// One-sentence paraphrases of the Sussex procedure 1.7 (SX), shown beside citations.
export const sussexParagraphs: Record<string, string> = {
  'SX 1.7.1':
    'The procedure helps professionals recognise carers who are hostile or who use disguised compliance to keep them at a distance or to suggest enough has changed.',
  'SX 1.7.2':
    'At the extreme, staff face intimidation, threats and violence; the child stays paramount, and a frightened professional should ask what life is like for that child.',
  'SX 1.7.3':
    'Agencies support staff through training, a public statement on unacceptable behaviour, and backing for their code of conduct when facing hostility.',
  'SX 1.7.4':
    'Describes ambivalence (common, may not be non-co-operation), avoidance, confrontation including not opening the door, and violence, and asks professionals to stay resolute and challenge.',
  'SX 1.7.5':
    'Reasons families do not co-operate include privacy, something to hide, unclear concerns or jargon, impaired understanding, an unconfident worker, bad past experience, staff churn and fear of removal.',
  'SX 1.7.6':
    'Assessment needs accurate information about the child, and the focus on the child must not be lost.',
  'SX 1.7.7':
    'Resistant or intimidating carers can keep professionals at bay, so that the child cannot be seen alone or at home and others’ views are out of reach.',
  'SX 1.7.8':
    'Every agency should record which parts of the assessment cannot be done, why, and the plan of action.',
  'SX 1.7.9': 'Violence or intimidation in the home must be part of the assessment of risk to the child.',
  'SX 1.7.10':
    'Keep in mind what hostility to outsiders means for the child’s daily life, and what the child feels after the professional leaves.',
  'SX 1.7.11':
    'Consider whether the child stays quiet to keep safe, minimises, blames themselves, is too frightened, sides with the aggressor, who else lives there, and whether the child is being seen alone.',
  'SX 1.7.12':
    'Professionals should check whether they are colluding, screening out bad news, over-weighting good news or keeping their worries to themselves.',
  'SX 1.7.13':
    'A contract of expectation or written undertaking sets out what a parent must or must not do on a specific concern, separate from a written agreement, and what follows if it is broken.',
  'SX 1.7.14':
    'Where hostility is aimed at some agencies only, agencies should learn from each other and not let divisions pull the focus from the child.',
  'SX 1.7.15':
    'Hostility to most agencies needs a joint response, or everyone backs off, the family is punished, or agencies split or collude.',
  'SX 1.7.16':
    'An agency facing threats or violence should think about the risk to other agencies and warn them, sharing information so that complaints do not derail protection.',
  'SX 1.7.17': 'Supervision and support from managers are essential when families do not co-operate.',
  'SX 1.7.18':
    'Supervision should cover hostility faced or expected, its impact on the professional and its impact on the work.',
  'SX 1.7.19':
    'With uncooperative families professionals must stay focused on the child and the child’s view of events.',
  'SX 1.7.20':
    'Professionals differ in their thresholds and experience of confrontation; those differences should be acknowledged and supported.',
  'SX 1.7.21':
    'For meetings: consider excluding threatening parents, meet as agencies to share and plan with a clear plan for telling the family, agree a risk reduction plan, visit jointly and debrief after frightening events.',
  'SX 1.7.22':
    'However hard the work, the child’s safety comes first; a worker who dreads a difficult conversation should think what life is like for the child.',
  'SX 1.7.23':
    'From the start, try to understand why a family is uncooperative, using all information, any common assessment and any lead professional.',
  'SX 1.7.24':
    'Resistance grows if families see professionals as disrespectful or unreliable, or believe confidences were broken.',
  'SX 1.7.25':
    'Some families, for example recent arrivals, may not understand why they are asked to meet or the statutory role agencies have.',
  'SX 1.7.26': 'Seek expert advice where cultural factors may lie behind resistance.',
  'SX 1.7.27':
    'Where engagement looks hard, consider making contact jointly with someone the family trusts, respecting confidentiality.',
  'SX 1.7.28':
    'Make sure parents understand what is required and the consequences, with attention to literacy, understanding and interpreting, and end each contact with an accessible summary.',
  'SX 1.7.29': 'Even with a sensitive approach some families respond with hostility, threats or violence.',
  'SX 1.7.30':
    'Risks must be assessed and managed accurately for the safety of both the professional and the child.',
  'SX 1.7.31':
    'Threats can be hidden or implied as well as open; professionals need skills for difficult and possibly violent encounters.',
  'SX 1.7.32':
    'Questions to make sense of a hostile response: were we prepared, did we aggravate it, is it frustration or a fair complaint, is it deliberate, is it normal for the person, and is our discomfort in proportion.',
  'SX 1.7.33': 'Working with hostile families is stressful and can impair professionals’ decisions.',
  'SX 1.7.34': 'See also the procedure on violence towards staff.',
  'SX 1.7.35':
    'Professionals and agencies share responsibility for safety: plan with your line manager, with clear information sharing.',
  'SX 1.7.36':
    'If threats or violence have become significant, the line manager decides how the work can continue safely and records why.',
  'SX 1.7.37': 'Managers have a legal duty to provide a safe working environment.',
};

// One-sentence paraphrases of the Forth Valley guidance (FV), cited by section heading or flowchart box.
export const forthValleyParagraphs: Record<string, string> = {
  'FV "Introduction"':
    'Engagement is a shared responsibility; non-engagement grows out of the interaction between services and family, and repeated cancellations must not take the focus off the child.',
  'FV "Definitions"': 'Defines resistance, non-engagement, hostile behaviour and disguised compliance.',
  'FV "Resistance"':
    'Resistance to change, or to facing the risks to children, affects professionals’ decisions and can add to the risk.',
  'FV "Non-engagement"':
    'Non-engagement includes aggression, concealment, splitting professionals and selective action; frequent moves, missed appointments, poor attendance and refused access are warning signs, so give every chance to understand and record each effort.',
  'FV "Hostile, threatening behaviour"':
    'Hostile behaviour intimidates physically or emotionally, from threats to actual aggression, and may include using complaints against staff.',
  'FV "Disguised compliance"':
    'Carers quietly undermine the work: missed or moved appointments, change made by others, saying the right thing, doing just enough, sudden short bursts of co-operation, criticising workers and steering talk onto themselves.',
  'FV "Why parents may be resistant"':
    'Resistance may come from fear, trauma, shame or confusion; explain the child’s plan and what is expected, and use trauma informed practice.',
  'FV "Assessment"': 'The guidance’s section on assessing the risks to children and to staff.',
  'FV "Risk to children"':
    'Keep to the child’s safety, use the GIRFEC practice model, consider how the child copes with hostility, record incidents in chronologies, and involve fathers and significant men.',
  'FV "Risk to staff"':
    'Tell your line manager about any carer who is a risk to staff, follow lone worker policies, and let other agencies know quickly.',
  'FV "Keeping Staff Safe"':
    'Questions to ask before a visit: who knows where you are, known hostility, drink, drugs or mental health, your own fear, joint visiting, phone and signal, contact details, a safer venue, and whether to visit at all.',
  'FV "Best Practice"':
    'Be open with families, reflect in supervision, widen the circle, consider a professionals-only meeting, joint visits, a plan with specific actions and a written contract; inform the Reporter when children under compulsory measures cannot be reached, faster for babies, and otherwise consider a referral.',
  'FV "Drawing up a written contract"':
    'A written contract names the behaviour that is not acceptable and the realistic consequences, including how it will count in assessing risk to the child.',
  'FV "Key Messages"':
    'Co-operation is not change: judge by change in the child’s experience, plan for stress, keep careful records and a chronology against drift, and support staff facing hostility.',
  'FV "Start"':
    'The flowchart begins by asking whether you are worried about the child’s wellbeing or safety.',
  'FV "Initial Considerations"':
    'The flowchart’s first steps: check language, disability and cultural barriers, make chances to explain concerns, then a written contract, a changed plan with specific actions and supervision.',
  'FV "Are you worried the child is still at risk"':
    'The flowchart asks whether the child is still at risk after the first steps have been taken.',
  'FV "Consider"':
    'If the child is still at risk, the flowchart points to joint visits, an urgent police check and a child protection referral.',
  'FV "Inform Reporter if child is already subject to compulsory measures"':
    'The flowchart box that sends the worker to the Reporter when the child is already under compulsory measures.',
};

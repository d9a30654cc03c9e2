// One-sentence paraphrases of the Rochdale seven-minute briefing (R7), shown beside citations.
export const rochdaleParagraphs: Record<string, string> = {
  'R7 "Background"':
    'Some families are referred against their wishes and may comply only on the surface or resist openly; resistance grows partly from how professionals and families interact.',
  'R7 "Why it matters"':
    'Reviews found workers afraid to visit, cases drifting behind apparent co-operation, children unseen and unheard, and agencies backing off through changes of worker, closures and repeated assessment.',
  'R7 "What to do"':
    'Follow the Greater Manchester procedure on persistent non-engagement and use supervision to reflect, challenge and be challenged.',
  'R7 "Questions"':
    'Supervision questions: is the child the focus, is history being lost by starting again, are assessments updated and do they include men who live elsewhere, is optimism at work, is other advice needed, and should children’s social care be involved?',
  'R7 "Working with hard to engage families"':
    'The briefing’s practice section on working with families who are hard to engage.',
  'R7 "Working with resistance"':
    'Be open and honest, refuse to accept intimidation, find out who lives with the child, plan with the family, keep to the child’s welfare, share information, be reliable, question what feels wrong and keep going.',
  'R7 "Information"':
    'Families may challenge practitioners through ambivalence, denial or avoidance, unresponsiveness (disguised compliance), and violence or hostility.',
  'R7 "Reasons for non engagement"':
    'Reasons include privacy, something to hide, not seeing a problem, culture, unclear expectations, bad past experience, resentment of staff changes, fear of authority and fear of removal.',
};

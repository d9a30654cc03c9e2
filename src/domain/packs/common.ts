// The common core the five packs share until their own text says otherwise (issue 4 builds each pack).
import type { Behaviour } from '../vocabularies.js';

export interface Guidance {
  text: string;
  /** The paragraph or section this paraphrases, as `MK 5.1.4`. */
  citations: string[];
}

/** What each behaviour looks like, for the hint beside its checkbox. */
export const behaviourGuidance: Record<Behaviour, Guidance> = {
  ambivalence: {
    text: 'Often late, always a reason to miss a visit, changes the subject when concerns come up. Common, and may mean expectations are unclear.',
    citations: ['MK 5.1.4', 'BEF 7.0'],
  },
  avoidance: {
    text: 'Cuts visits short or finds something more pressing to do, often from anxiety about our involvement.',
    citations: ['MK 5.1.5', 'BEF 7.0'],
  },
  confrontation: {
    text: 'Provokes arguments, or avoids us to the extreme, such as not answering the door.',
    citations: ['MK 5.1.6', 'BEF 7.0'],
  },
  refusal: {
    text: 'Will not meet us, or will not let a child be seen on their own.',
    citations: ['MK 5.1.7', 'BEF 7.0'],
  },
  hostility: {
    text: 'Angry, intimidating or threatening towards workers. Record an incident too if anyone was threatened.',
    citations: ['MK 5.1.3', 'SX 1.7.29'],
  },
  violence: {
    text: 'Violence threatened or used. Keep the child’s welfare first, follow safety procedures and tell your manager today.',
    citations: ['MK 5.1.8', 'BEF 7.0'],
  },
  denial: {
    text: 'Denies there is a problem or that any change is needed.',
    citations: ['BEF 10.0'],
  },
  'disguised-compliance': {
    text: 'Appears to co-operate while little changes for the child. Tick the signs you saw below.',
    citations: ['BEF 7.0', 'SX 1.7.1'],
  },
};

export const indicatorGuidance: Guidance = {
  text: 'Signs that apparent co-operation may be hiding a lack of change or keeping us from the child.',
  citations: ['BEF 7.0'],
};

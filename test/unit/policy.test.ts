import { describe, expect, it } from 'vitest';
import { can, type Actor } from '../../src/domain/policy.js';

const practitioner: Actor = {
  userId: 1,
  partnershipId: 1,
  agencyId: 10,
  agencyRef: 'csc',
  workerRef: 'w1',
  name: 'A Worker',
  email: 'a@example.test',
  role: 'practitioner',
  superviseeAgencyIds: [],
};

describe('who may act on a case', () => {
  it('allows a practitioner whose agency is on the case', () => {
    expect(can(practitioner, 'write', { partnershipId: 1, agencyIds: [10, 11] })).toBe(true);
  });

  it('refuses a practitioner whose agency is not on the case', () => {
    expect(can(practitioner, 'read', { partnershipId: 1, agencyIds: [11] })).toBe(false);
  });

  it('refuses anyone from another partnership, whatever their agency', () => {
    expect(can(practitioner, 'read', { partnershipId: 2, agencyIds: [10] })).toBe(false);
  });

  it('allows a manager on the cases of the workers they manage', () => {
    const manager: Actor = { ...practitioner, role: 'manager', agencyId: 99, superviseeAgencyIds: [11] };
    expect(can(manager, 'read', { partnershipId: 1, agencyIds: [11] })).toBe(true);
    expect(can(manager, 'read', { partnershipId: 1, agencyIds: [12] })).toBe(false);
  });

  it('keeps administrators and auditors out of case content', () => {
    for (const role of ['partnership-admin', 'auditor'] as const) {
      expect(can({ ...practitioner, role }, 'read', { partnershipId: 1, agencyIds: [10] })).toBe(false);
    }
  });

  describe.each([
    ['recording a manager discussion (MK 5.1.9.1)', 'record-manager-discussion'],
    ['recording a safety decision (SX 1.7.36)', 'record-safety-decision'],
  ] as const)('%s', (_title, action) => {
    const manager: Actor = { ...practitioner, role: 'manager', agencyId: 99, superviseeAgencyIds: [11] };

    it('is for a manager whose own agency is on the case, or who manages a worker of one', () => {
      expect(can({ ...manager, agencyId: 10 }, action, { partnershipId: 1, agencyIds: [10] })).toBe(true);
      expect(can(manager, action, { partnershipId: 1, agencyIds: [11] })).toBe(true);
    });

    it('is not for a manager of workers elsewhere, nor a manager of another partnership', () => {
      expect(can(manager, action, { partnershipId: 1, agencyIds: [12] })).toBe(false);
      expect(can(manager, action, { partnershipId: 2, agencyIds: [11] })).toBe(false);
    });

    it('is not for a practitioner, though they may read and write the same case', () => {
      expect(can(practitioner, action, { partnershipId: 1, agencyIds: [10] })).toBe(false);
      expect(can(practitioner, 'write', { partnershipId: 1, agencyIds: [10] })).toBe(true);
    });
  });
});

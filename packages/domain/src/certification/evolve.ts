import type { CertificationEvent } from './events.js';
import type { Certificate, CertificateStatus, CertificationState } from './state.js';

const setCertificate = (state: CertificationState, id: string, f: (c: Certificate) => Certificate): CertificationState => ({
  ...state,
  certificates: state.certificates.map((c) => (c.certificateId === id ? f(c) : c)),
});

const withStatus =
  (status: CertificateStatus) =>
  (c: Certificate): Certificate => ({ ...c, status, reEvaluationPending: false });

export const evolveCertification = (state: CertificationState, event: CertificationEvent): CertificationState => {
  switch (event.type) {
    case 'CouncilResultRecorded': {
      const d = event.data;
      return {
        ...state,
        productId: d.productId,
        results: [
          ...state.results,
          {
            dossierId: d.dossierId,
            roundId: d.roundId,
            ruleSet: d.ruleSet,
            kind: d.kind,
            filedOn: d.filedOn,
            level: d.level,
            mean: d.mean,
            stars: d.stars,
            outcome: d.outcome,
          },
        ],
      };
    }
    case 'ReEvaluationFiled':
      return setCertificate(state, event.data.certificateId, (c) => ({ ...c, reEvaluationPending: true }));
    case 'RecognitionDecided':
    case 'RecognitionRefused':
      return { ...state, decidedDossiers: [...state.decidedDossiers, event.data.dossierId] };
    case 'CertificateIssued': {
      const d = event.data;
      const certificate: Certificate = {
        certificateId: d.certificateId,
        dossierId: d.dossierId,
        ruleSet: d.ruleSet,
        stars: d.stars,
        issuedOn: d.issuedOn,
        expiresOn: d.expiresOn,
        authorityLevel: d.authority.level,
        status: 'valid',
        reEvaluationPending: false,
        reminded: [],
      };
      return { ...state, productId: d.productId, certificates: [...state.certificates, certificate] };
    }
    case 'CertificateSuperseded':
      return setCertificate(state, event.data.certificateId, withStatus('superseded'));
    case 'ReEvaluationConcluded':
      return setCertificate(state, event.data.previous, (c) => ({ ...c, reEvaluationPending: false }));
    case 'CertificateExpired':
      return setCertificate(state, event.data.certificateId, withStatus('expired'));
    case 'CertificateRevoked':
      return setCertificate(state, event.data.certificateId, withStatus('revoked'));
    case 'RecognitionAnnulled':
      return setCertificate(state, event.data.certificateId, withStatus('annulled'));
    case 'ExpiryReminderSent':
      return setCertificate(state, event.data.certificateId, (c) => ({ ...c, reminded: [...c.reminded, event.data.reason] }));
  }
};

// Finding fingerprints (`ElementSignature`, `findingFingerprint`, `findingFingerprints`, `fnv1a64Hex`)
// live in AuditCore (`Sources/AuditCore/Baselines/Fingerprint.swift`): the engine stamps every finding
// with its element signature and fingerprint, and baselines and suppressions match on them.
// Reporters read `Finding.fingerprint`, or call `findingFingerprints` for findings made without one.


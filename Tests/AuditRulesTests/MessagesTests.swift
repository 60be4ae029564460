import Testing

@testable import AuditRules

/// Measurements quoted in messages round the way the rules always wrote them by hand.
@Test func measurementsRoundForMessages() {
    #expect(16.25.roundedForMessage() == 16.3)
    #expect(17.94.roundedForMessage() == 17.9)
    #expect(18.0.roundedForMessage() == 18.0 && "\(18.0.roundedForMessage())" == "18.0")
    #expect(1.295.roundedForMessage(decimals: 2) == (1.295 * 100).rounded() / 100)
    #expect(0.125.roundedForMessage(decimals: 2) == 0.13)
    #expect((-2.25).roundedForMessage() == -2.3)
}

import Testing

@testable import AuditRules

/// Measurements quoted in messages round half away from zero and print as the standards write them.
@Test func measurementsRoundForMessages() {
    #expect(16.25.roundedForMessage() == "16.3")
    #expect(17.94.roundedForMessage() == "17.9")
    #expect(18.0.roundedForMessage() == "18" && 17.96.roundedForMessage() == "18")
    #expect(1.295.roundedForMessage(decimals: 2) == ((1.295 * 100).rounded() / 100).messageText)
    #expect(0.125.roundedForMessage(decimals: 2) == "0.13")
    #expect(1.3.roundedForMessage(decimals: 2) == "1.3")
    #expect((-2.25).roundedForMessage() == "-2.3")
    #expect((-0.01).roundedForMessage() == "0")
    #expect(7.0.messageText == "7" && 2.84.messageText == "2.84" && Double.nan.messageText == "nan")
}

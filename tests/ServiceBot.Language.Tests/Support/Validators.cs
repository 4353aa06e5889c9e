using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Language.Tests.Support;

/// <summary>The credit-code check the application wires into the recogniser.</summary>
internal static class Validators
{
    public static bool CreditCode(string code) => UnifiedSocialCreditCode.Parse(code).IsSuccess;
}

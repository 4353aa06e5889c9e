namespace ServiceBot.Infrastructure.Identity;

/// <summary>Claim types carried by a signed-in account, from which the host rebuilds the actor.</summary>
public static class ServiceBotClaims
{
    public const string DisplayName = "servicebot:name";
    public const string Bureau = "servicebot:bureau";
    public const string Enterprise = "servicebot:enterprise";
    public const string Leader = "servicebot:leader";

    /// <summary>Present (<c>true</c>) on an enterprise user who sees only the cases they reported.</summary>
    public const string OwnCasesOnly = "servicebot:own-cases-only";
}

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads the caller from <c>Authorization: Bearer {secret or token}</c>: none answers 401, a wrong or expired one
/// 403 (Direct Line clients take 403 as "get a new token").
/// </summary>
internal static class DirectLineAuth
{
    public static async Task<(DirectLineCaller? Caller, IResult? Failure)> AuthenticateAsync(HttpRequest request, DirectLineTokens tokens)
    {
        var credential = ChannelRequests.Bearer(request);
        if (string.IsNullOrEmpty(credential))
        {
            return (null, ChannelProblems.MissingCredentials());
        }

        if (tokens.IsSecret(credential))
        {
            return (DirectLineCaller.Secret, null);
        }

        var (caller, expired) = await tokens.ReadAsync(credential).ConfigureAwait(false);
        return caller is null ? (null, expired ? ChannelProblems.ExpiredToken() : ChannelProblems.BadToken()) : (caller, null);
    }
}

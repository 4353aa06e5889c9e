namespace ServiceBot.Bot.Channels;

/// <summary>
/// Errors of the channel endpoints: ProblemDetails like the rest of the API, with a stable <c>code</c>, plus the
/// <c>error</c> object (<c>code</c>, <c>message</c>) Direct Line and Bot Framework clients look for.
/// </summary>
internal static class ChannelProblems
{
    public static IResult Malformed(string detail) => Problem(StatusCodes.Status400BadRequest, "请求内容有误", "channel.malformed", "BadSyntax", detail);

    public static IResult Invalid(string code, string detail) => Problem(StatusCodes.Status400BadRequest, "请求内容有误", code, "BadArgument", detail);

    public static IResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "请求过大", "channel.tooLarge", "MessageSizeTooBig", detail);

    public static IResult MissingCredentials() =>
        Problem(StatusCodes.Status401Unauthorized, "需要凭据", "channel.unauthorized", "Unauthorized", "请求缺少 Authorization: Bearer 凭据。");

    public static IResult BadToken() =>
        Problem(StatusCodes.Status403Forbidden, "凭据无效", "channel.tokenInvalid", "BadArgument", "令牌或密钥无效，或不属于这个会话。");

    public static IResult ExpiredToken() =>
        Problem(StatusCodes.Status403Forbidden, "令牌已过期", "channel.tokenExpired", "TokenExpired", "令牌已过期，请重新获取。");

    public static IResult UnknownConversation() =>
        Problem(StatusCodes.Status404NotFound, "未找到", "channel.conversationNotFound", "NotFound", "会话不存在或已结束。");

    public static IResult TooManyRequests(TimeSpan? retryAfter) =>
        new RetryAfterResult(
            Problem(StatusCodes.Status429TooManyRequests, "请求过于频繁", "channel.tooManyRequests", "TooManyRequests", "发送太频繁了，请稍后再试。"),
            retryAfter);

    public static IResult Problem(int status, string title, string code, string protocolCode, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["error"] = new { code = protocolCode, message = detail } });

    private sealed class RetryAfterResult(IResult inner, TimeSpan? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            if (retryAfter is { } after)
            {
                httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return inner.ExecuteAsync(httpContext);
        }
    }
}

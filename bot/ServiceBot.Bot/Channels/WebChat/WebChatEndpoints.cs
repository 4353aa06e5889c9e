using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.DirectLine;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: the built-in page's same-origin token endpoint. It issues a Direct Line token
/// bound to the visitor — the signed-in enterprise account (the conversation is then linked to it), or else an
/// anonymous visitor id kept in an HTTP-only cookie — for a new conversation, or for the visitor's own earlier one
/// so the page picks it up again after a reload.
/// </summary>
internal static class WebChatEndpoints
{
    public const string VisitorCookie = "servicebot.visitor";

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webchat/token", IssueAsync)
            .AllowAnonymous()
            .RequireRateLimiting(ChannelRateLimits.PerAddress)
            .WithTags("WebChat")
            .WithSummary("内置网页聊天的同源令牌（绑定访客或已登录的企业用户）");
        return app;
    }

    private static async Task<IResult> IssueAsync(
        WebChatTokenRequest? body, HttpContext http, ICurrentUser currentUser, DirectLineTokens tokens, ServiceBotDbContext db, CancellationToken cancellationToken)
    {
        if (!IsSameOrigin(http.Request))
        {
            return ChannelProblems.Problem(StatusCodes.Status403Forbidden, "仅限本站页面", "webchat.crossOrigin", "Forbidden", "这个令牌只发给本站的聊天页面。");
        }

        string userId;
        string? userName = null, linkedUserId = null;
        if (currentUser.Actor is { Role: Role.EnterpriseUser } account)
        {
            (userId, userName, linkedUserId) = ("dl_" + account.Id, account.Name, account.Id);
        }
        else
        {
            userId = "dl_v" + Visitor(http);
        }

        var conversationId = body?.ConversationId;
        var resumable = !string.IsNullOrEmpty(conversationId) && conversationId.Length <= 100
            && await db.Conversations.AnyAsync(
                c => c.Id == ChatConversation.KeyFor(DirectLineChannels.WebChat, conversationId) && c.UserId == userId && c.ServiceUrl == null,
                cancellationToken).ConfigureAwait(false);
        if (!resumable)
        {
            conversationId = DirectLineIds.NewConversation();
        }

        var (token, expiresIn) = tokens.Issue(conversationId!, userId, userName, DirectLineChannels.WebChat, linkedUserId);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new WebChatToken(conversationId!, token, expiresIn, userId, resumable));
    }

    /// <summary>Browsers name the page a request comes from; a page elsewhere gets nothing.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return string.IsNullOrEmpty(origin) || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private static string Visitor(HttpContext http)
    {
        if (http.Request.Cookies.TryGetValue(VisitorCookie, out var existing) && existing is { Length: 22 } && existing.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return existing;
        }

        var visitor = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        http.Response.Cookies.Append(VisitorCookie, visitor, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return visitor;
    }
}

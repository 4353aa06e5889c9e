using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Common.Security;

/// <summary>
/// The scoped holder of <see cref="ICurrentUser"/>: set once per scope by whoever starts the work (HTTP middleware,
/// the bot's turn processor, a scheduled job).
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public Actor? Actor { get; set; }
}

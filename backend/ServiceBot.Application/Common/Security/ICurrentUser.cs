using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Common.Security;

/// <summary>
/// Who is making the current request. The HTTP host sets it from the authenticated principal, the bot from the
/// conversation's linked account, scheduled jobs to <see cref="Actor.System"/>. Null means anonymous.
/// </summary>
public interface ICurrentUser
{
    Actor? Actor { get; }
}

using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Common.Security;

/// <summary>
/// Restricts a request to signed-in users in the given roles (any role when none are given). A request without
/// this attribute or <see cref="AllowAnonymousAttribute"/> is refused: requests are closed by default.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AuthorizeAttribute(params Role[] roles) : Attribute
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}

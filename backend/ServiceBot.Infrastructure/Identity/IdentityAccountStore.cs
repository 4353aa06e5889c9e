using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Accounts;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Infrastructure.Identity;

internal sealed class IdentityAccountStore(UserManager<ApplicationUser> users, TimeProvider time) : IAccountStore
{
    public async Task<PagedList<AccountView>> ListAsync(Role? role, string? bureauCode, string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = users.Users.AsNoTracking();
        if (role is { } r)
        {
            query = query.Where(u => u.Role == r);
        }

        if (!string.IsNullOrWhiteSpace(bureauCode))
        {
            query = query.Where(u => u.BureauCode == bureauCode);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            query = query.Where(u => u.UserName!.Contains(text) || u.DisplayName.Contains(text));
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderBy(u => u.UserName).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PagedList<AccountView>(rows.Select(ToView).ToList(), page, pageSize, total);
    }

    public async Task<Result<AccountView>> CreateAsync(NewAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await users.FindByNameAsync(account.UserName).ConfigureAwait(false) is not null)
        {
            return Error.Conflict("account.exists", $"用户名 {account.UserName} 已被使用。");
        }

        var user = new ApplicationUser
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            Role = account.Role,
            BureauCode = account.BureauCode,
            EnterpriseId = account.EnterpriseId,
            LeaderCode = account.LeaderCode,
            OwnCasesOnly = account.OwnCasesOnly,
            LockoutEnabled = true,
        };
        var created = account.Password is null
            ? await users.CreateAsync(user).ConfigureAwait(false)
            : await users.CreateAsync(user, account.Password).ConfigureAwait(false);
        return created.Succeeded
            ? ToView(user)
            : Error.Validation("account.invalid", string.Join("；", created.Errors.Select(e => Translate(e))));
    }

    public async Task<Result<AccountView>> SetActiveAsync(string userName, bool active, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName).ConfigureAwait(false);
        if (user is null)
        {
            return Error.NotFound("account.notFound", $"未找到用户 {userName}。");
        }

        user.IsActive = active;

        // A new security stamp ends the account's cookie sessions at their next validation.
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        return ToView(user);
    }

    public Task<Result> SetOwnCasesOnlyAsync(string userId, bool ownCasesOnly, CancellationToken cancellationToken) =>
        UpdateAsync(userId, u => u.OwnCasesOnly = ownCasesOnly);

    public async Task<string?> PhoneNumberAsync(string userId, CancellationToken cancellationToken) =>
        await users.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PhoneNumber).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    public Task<Result> SetPhoneNumberAsync(string userId, string phoneNumber, bool confirmed, CancellationToken cancellationToken) =>
        UpdateAsync(userId, u =>
        {
            // A changed number is unconfirmed until a code proves it again.
            u.PhoneNumberConfirmed = confirmed || (u.PhoneNumberConfirmed && u.PhoneNumber == phoneNumber);
            u.PhoneNumber = phoneNumber;
        });

    public Task<Result> SetDisplayNameAsync(string userId, string displayName, CancellationToken cancellationToken) =>
        UpdateAsync(userId, u => u.DisplayName = displayName);

    private async Task<Result> UpdateAsync(string userId, Action<ApplicationUser> change)
    {
        var user = await users.FindByIdAsync(userId).ConfigureAwait(false);
        if (user is null)
        {
            return Error.NotFound("account.notFound", "未找到该账号。");
        }

        change(user);
        var updated = await users.UpdateAsync(user).ConfigureAwait(false);
        return updated.Succeeded ? Result.Success : Error.Conflict("account.update", string.Join("；", updated.Errors.Select(e => Translate(e))));
    }

    private AccountView ToView(ApplicationUser u) =>
        new(u.Id, u.UserName ?? string.Empty, u.DisplayName, u.Role, u.BureauCode, u.EnterpriseId, u.IsActive, u.LockoutEnd > time.GetUtcNow());

    private static string Translate(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "密码太短（至少8位）",
        "PasswordRequiresDigit" => "密码须包含数字",
        "PasswordRequiresLower" => "密码须包含小写字母",
        "DuplicateUserName" => "用户名已被使用",
        "InvalidUserName" => "用户名包含不允许的字符",
        _ => error.Description,
    };
}

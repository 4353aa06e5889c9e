using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Console.Account;

/// <summary>
/// Cookie sign-in with the Identity accounts: wrong passwords count towards the account's lockout (5 failures, 15
/// minutes); enterprise users and deactivated accounts are refused.
/// </summary>
public sealed class LoginModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Message { get; private set; }

    public IActionResult OnGet() => User.ToActor() is { } me && ConsoleSetup.StaffRoles.Contains(me.Role) ? Redirect(Landing(me.Role)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password))
        {
            return Refuse("请输入用户名和密码。");
        }

        var user = await users.FindByNameAsync(Username.Trim()).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            return Refuse("用户名或密码错误。");
        }

        if (!ConsoleSetup.StaffRoles.Contains(user.Role))
        {
            return Refuse("企业用户请通过网页聊天反映问题、查看办理进度；工作台仅供工作人员使用。");
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.IsLockedOut)
        {
            return Refuse("密码错误次数过多，账号已锁定，请15分钟后再试。");
        }

        if (!result.Succeeded)
        {
            return Refuse("用户名或密码错误。");
        }

        return Redirect(Landing(user.Role));
    }

    private string Landing(Role role) => Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/console", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : ConsoleNavigation.Home(role);

    private PageResult Refuse(string message)
    {
        Message = message;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}

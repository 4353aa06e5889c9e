using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Console.Account;

/// <summary>Signs out (a form post, so a link elsewhere cannot sign anyone out).</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/console");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return Redirect("/console/login");
    }
}

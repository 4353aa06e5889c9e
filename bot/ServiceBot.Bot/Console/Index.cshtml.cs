using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Console;

/// <summary><c>/console</c> opens the signed-in user's main page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(User.ToActor() is { } me ? ConsoleNavigation.Home(me.Role) : "/console/login");
}

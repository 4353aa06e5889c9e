using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ServiceBot.Bot.Console.Account;

/// <summary>Where a signed-in account that may not use the console (an enterprise user) is sent.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet()
    {
    }
}

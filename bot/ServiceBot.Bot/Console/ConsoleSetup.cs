using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.WebEncoders;
using ServiceBot.Bot.Console.Notifications;
using ServiceBot.Domain.Users;

namespace ServiceBot.Bot.Console;

/// <summary>
/// The staff console: server-rendered Razor Pages under <c>/console</c> (pages in this folder), cookie sign-in with the
/// Identity accounts, and the live unread count. Pages send the same MediatR requests as the API; the requests'
/// own authorization (roles, and case visibility answering "not found") decides what anyone may see or do.
/// </summary>
internal static class ConsoleSetup
{
    /// <summary>Everyone who works in the console; enterprise users use the chat.</summary>
    public const string StaffPolicy = "ConsoleStaff";

    public static readonly Role[] StaffRoles = [Role.BureauStaff, Role.BureauHead, Role.Coordinator, Role.CountyLeader, Role.Admin];

    public static WebApplicationBuilder AddServiceBotConsole(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRouting(o => o.LowercaseUrls = true);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Select(r => r.ToString())));
        builder.Services.ConfigureApplicationCookie(o => o.AccessDeniedPath = "/console/denied");
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Console";
            o.Conventions.Add(new ConsoleRoutePrefix());
            o.Conventions.AuthorizeFolder("/", StaffPolicy);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
        });
        // Chinese text is written as it is rather than as character references (smaller pages, readable source); HTML's
        // special characters are still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "servicebot.console.af";
            o.FormFieldName = "__csrf";
        });
        return builder;
    }

    public static WebApplication MapServiceBotConsole(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapNotificationStream();
        return app;
    }

    /// <summary>Puts every console page under <c>/console</c> (pages with an explicit route already name it).</summary>
    private sealed class ConsoleRoutePrefix : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            foreach (var route in model.Selectors.Select(s => s.AttributeRouteModel).OfType<AttributeRouteModel>())
            {
                var template = route.Template ?? string.Empty;
                if (!template.Equals("console", StringComparison.OrdinalIgnoreCase) && !template.StartsWith("console/", StringComparison.OrdinalIgnoreCase))
                {
                    route.Template = AttributeRouteModel.CombineTemplates("console", template);
                }
            }
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.ListReplyTemplates;
using ServiceBot.Application.Cases.SearchCases;

namespace ServiceBot.Application.Cockpit;

/// <summary>The console's and cockpit's settings.</summary>
internal static class CockpitServices
{
    public static IServiceCollection AddCockpit(this IServiceCollection services)
    {
        services.AddOptions<CockpitOptions>().BindConfiguration(CockpitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReplyTemplateOptions>().BindConfiguration(ReplyTemplateOptions.SectionName);
        services.AddScoped<CaseListReader>();
        return services;
    }
}

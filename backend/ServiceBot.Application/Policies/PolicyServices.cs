using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceBot.Application.Policies.Common;

namespace ServiceBot.Application.Policies;

public static class PolicyServices
{
    /// <summary>
    /// The policy knowledge base: the in-memory index (one per host instance), ingestion and the answer composer.
    /// The question router is registered only if nobody registered one before (the triage service replaces it).
    /// </summary>
    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddOptions<PoliciesOptions>().BindConfiguration(PoliciesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PolicySearchIndex>();
        services.AddScoped<PolicyIngestion>();
        services.AddScoped<PolicyDocumentWrites>();
        services.AddScoped<PolicyAnswerComposer>();
        services.TryAddScoped<IPolicyQuestionRouter, ResponsibleUnitQuestionRouter>();
        return services;
    }
}

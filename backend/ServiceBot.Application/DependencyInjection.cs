using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceBot.Application.Cockpit;
using ServiceBot.Application.Common.Behaviors;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Common.Time;
using ServiceBot.Application.Deadlines;
using ServiceBot.Application.Notifications;
using ServiceBot.Application.Policies;
using ServiceBot.Application.Triage;
using ServiceBot.Application.Understanding;

namespace ServiceBot.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5 with the handlers and validators of this assembly and of <paramref name="moreAssemblies"/>,
    /// and the pipeline behaviors in their fixed order: logging → validation → authorization → transaction → audit.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, params Assembly[] moreAssemblies)
    {
        services.TryAddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.TryAddScoped<IMediator, Mediator>();

        // MediatR 5 runs the behavior registered first as the outermost one.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));

        ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("zh-CN");
        foreach (var assembly in moreAssemblies.Prepend(typeof(DependencyInjection).Assembly).Distinct())
        {
            AddHandlers(services, assembly);
        }

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<LifecycleContextFactory>();
        services.AddScoped<DeadlineMonitor>();
        services.AddScoped<InboxWriter>();
        services.AddScoped<CaseNotificationTexts>();
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TriageOptions>().BindConfiguration(TriageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UnderstandingOptions>().BindConfiguration(UnderstandingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TriageModels>();
        services.AddScoped<TriageEngine>();
        services.AddSingleton<IUnderstandingService, UnderstandingService>();
        services.AddPolicies();
        services.AddCockpit();
        return services;
    }

    private static readonly Type[] ScannedInterfaces = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];

    private static void AddHandlers(IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && ScannedInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddTransient(contract, type);
            }
        }
    }
}

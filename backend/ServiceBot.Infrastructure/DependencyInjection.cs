using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;
using ServiceBot.Application.Accounts;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Common.Time;
using ServiceBot.Application.Conversations.DialogStates;
using ServiceBot.Application.Notifications;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Infrastructure.Conversations;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Identity;
using ServiceBot.Infrastructure.Outbox;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Infrastructure.Persistence.Interceptors;
using ServiceBot.Infrastructure.Policies;
using ServiceBot.Infrastructure.Scheduling;
using ServiceBot.Infrastructure.Seeding;
using ServiceBot.Infrastructure.Storage;
using ServiceBot.Infrastructure.Time;

namespace ServiceBot.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Persistence (SQLite or PostgreSQL), the outbox, accounts, the calendar, file storage, seeding and the
    /// Quartz.NET scheduler on the same database. The host adds authentication schemes and endpoints.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RegionalOptions>().BindConfiguration(RegionalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchedulerHostOptions>().BindConfiguration(SchedulerHostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingletonTimeProvider();

        AddPersistence(services);
        AddIdentity(services);

        services.AddSingleton<OutboxProcessor>();
        services.AddSingleton<DatabaseCalendarProvider>();
        services.AddSingleton<ICalendarProvider>(sp => sp.GetRequiredService<DatabaseCalendarProvider>());
        services.AddScoped<IHolidayNoticeStore, DatabaseHolidayNoticeStore>();
        services.AddSingleton<IFileStorage, DiskFileStorage>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<IPolicyFileReader, PolicyFileReader>();
        services.AddScoped<IPolicyRevisionSequence, PolicyRevisionSequence>();
        services.AddScoped<PolicySeeder>();

        // The database is prepared before any other hosted service starts: the framework's data-protection key ring,
        // the outbox dispatcher and the scheduler all read it. Hosted services start in registration order.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>());
        services.AddHostedService<PolicyIndexWarmup>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddChannelStores();
        // The scheduler's store is chosen while services are registered, so its settings are read here, once.
        AddScheduling(
            services,
            configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions(),
            configuration.GetSection(SchedulerHostOptions.SectionName).Get<SchedulerHostOptions>() ?? new SchedulerHostOptions());

        services.AddHealthChecks()
            .AddDbContextCheck<ServiceBotDbContext>("database", tags: ["ready"])
            .AddCheck<CalendarHealthCheck>("calendar", tags: ["ready"]);
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static void AddPersistence(IServiceCollection services)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxInterceptor>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddSingleton<AppendOnlyInterceptor>();
        services.AddSingleton<DeadlineWakeInterceptor>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliveryInterceptor>();
        services.AddDbContext<ServiceBotDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(database.ResolveConnectionString());
            }
            else
            {
                options.UseSqlite(database.ResolveConnectionString());
                options.AddInterceptors(new SqliteBusyTimeoutInterceptor());
            }

            options.AddInterceptors(
                sp.GetRequiredService<AppendOnlyInterceptor>(),
                sp.GetRequiredService<OutboxInterceptor>(),
                sp.GetRequiredService<OutboxCommitInterceptor>(),
                sp.GetRequiredService<DeadlineWakeInterceptor>(),
                sp.GetRequiredService<DeliveryInterceptor>());

            // Migrations are SQL scripts checked against the model by tests (no design-time snapshot to compare with).
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ServiceBotDbContext>());
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<ICaseNumberSequence, CaseNumberSequence>();
        services.AddScoped<IDialogStateStore, DialogStateStore>();
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<ServiceBotDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ServiceBotClaimsPrincipalFactory>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddDataProtection().SetApplicationName("ServiceBot").PersistKeysToDbContext<ServiceBotDbContext>();
        services.AddScoped<IAccountStore, IdentityAccountStore>();
    }

    private static void AddScheduling(IServiceCollection services, DatabaseOptions database, SchedulerHostOptions scheduler)
    {
        services.AddSingleton<DeadlineSweeper>();
        services.AddSingleton<DeadlineWakeup>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "ServiceBot");
            q.UseDefaultThreadPool(scheduler.MaxConcurrentJobs);
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ResolveConnectionString());
                }
                else
                {
                    store.UseSqlite(database.ResolveConnectionString());
                }

                // An embedded SQLite file serves one process; several instances share PostgreSQL and cluster.
                if (scheduler.Clustered && database.Provider == DatabaseProvider.Postgres)
                {
                    store.UseClustering(c => c.CheckinInterval = scheduler.ClusterCheckinInterval);
                }

                store.ProvisionSchema();
            });
            q.AddQuartzHealthChecks(o => o.Tags.Add("ready"));

            // The deadline engine: one sweep job whose trigger fires at once on start-up (catching up on what fell
            // due while no host ran) and is then moved to each next clock milestone by the job itself.
            q.AddJob<DeadlineSweepJob>(j => j.WithIdentity(DeadlineSweepJob.Key).StoreDurably().DisallowConcurrentExecution());
            q.AddTrigger(t => t.WithIdentity(DeadlineSweepJob.TriggerKey).ForJob(DeadlineSweepJob.Key).StartNow()
                .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
        });
        services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AutoStart = scheduler.Enabled;
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies;

/// <summary>
/// The application over a fresh database holding the shipped seed corpus, at the test clock's Monday 2026-11-23:
/// shared by tests that only read.
/// </summary>
public sealed class SeededPolicies : IAsyncLifetime
{
    public const string Pujiang = "pujiang-industrial-county-opinions";
    public const string Shangyu = "shangyu-manufacturing-action-plan";

    private TestServices? _services;

    public TestServices Services => _services ?? throw new InvalidOperationException("Not started.");

    /// <summary>The seed documents' ids by their keys.</summary>
    public IReadOnlyDictionary<string, Guid> Documents { get; private set; } = new Dictionary<string, Guid>();

    public async Task InitializeAsync()
    {
        _services = await TestServices.StartAsync();
        Documents = await _services.InScopeAsync(null, async sp =>
            (IReadOnlyDictionary<string, Guid>)await sp.GetRequiredService<IApplicationDbContext>().PolicyDocuments
                .Where(d => d.Key != null)
                .ToDictionaryAsync(d => d.Key!, d => d.Id));
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.Dialogs.Echo;
using ServiceBot.Dialogs.Tests.Support;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests;

public sealed class DependencyInjectionTests
{
    [Theory]
    [InlineData(null, typeof(DialogTurnHandler))]
    [InlineData("false", typeof(DialogTurnHandler))]
    [InlineData("true", typeof(EchoTurnHandler))]
    public async Task AddDialogs_AnswersWithTheDialogs_UnlessEchoOnlyIsSet(string? echoOnly, Type expected)
    {
        await using var chat = await ChatHarness.StartAsync(new Dictionary<string, string?> { ["Dialogs:EchoOnly"] = echoOnly });

        var handler = await chat.Services.InScopeAsync(null, sp => Task.FromResult(sp.GetRequiredService<ITurnHandler>()));

        Assert.IsType(expected, handler);
    }

    [Theory]
    [InlineData("Dialogs:StaleAfter", "00:00:30")]
    [InlineData("Dialogs:StaleAfter", "60.00:00:00")]
    [InlineData("Dialogs:MaxAttempts", "0")]
    [InlineData("Dialogs:CoordinatorDispatchWorkingDays", "11")]
    [InlineData("Dialogs:MaxListedCases", "0")]
    public void AddDialogs_RefusesTheSettings_WhenOneIsOutOfRange(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddDialogs().BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DialogOptions>>().Value);

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDialogs_AcceptsTheDefaults()
    {
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddDialogs().BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DialogOptions>>().Value;

        Assert.Equal((TimeSpan.FromHours(24), 3, false), (options.StaleAfter, options.MaxAttempts, options.SmsVerification));
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using ServiceBot.Testing;

namespace ServiceBot.Bot.Tests.Hosting;

/// <summary>The deadline settings are validated when the host starts, not when the first deadline falls due.</summary>
public sealed class DeadlineOptionsValidationTests
{
    [Theory]
    [InlineData("Escalation:SuperviseAfterOverdueWorkingDays", "9")]
    [InlineData("Escalation:Clocks:0", "Evaluation")]
    [InlineData("Escalation:BlueRemainingShare", "1.5")]
    [InlineData("Scheduler:DeadlineBatchSize", "0")]
    public async Task Host_RefusesToStart_WithInvalidDeadlineSettings(string key, string value)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            foreach (var (k, v) in database.Settings)
            {
                builder.UseSetting(k, v);
            }

            builder.UseSetting("Scheduler:Enabled", "false");
            builder.UseSetting(key, value);
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.IsType<OptionsValidationException>(error.GetBaseException());
    }
}

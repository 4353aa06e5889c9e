namespace ServiceBot.Bot.Hosting;

/// <summary>
/// Demo data is on in Development and with <c>--demo</c>, and refused in Production, where sample accounts with a
/// published password would be a hole.
/// </summary>
internal static class DemoMode
{
    public static void Apply(WebApplicationBuilder builder, string[] args)
    {
        if (args.Contains("--demo", StringComparer.Ordinal))
        {
            builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Demo:Enabled", "true")]);
        }

        if (builder.Environment.IsProduction() && builder.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            throw new InvalidOperationException("Demo data cannot be enabled in Production: remove --demo or Demo:Enabled.");
        }
    }
}

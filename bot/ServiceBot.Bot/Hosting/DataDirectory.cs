namespace ServiceBot.Bot.Hosting;

/// <summary>A relative data folder is taken relative to the host's content root, wherever the command was run from.</summary>
internal static class DataDirectory
{
    public static void Resolve(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Database:DataDirectory"] ?? "data";
        if (!Path.IsPathRooted(configured))
        {
            builder.Configuration.AddInMemoryCollection(
                [new KeyValuePair<string, string?>("Database:DataDirectory", Path.Combine(builder.Environment.ContentRootPath, configured))]);
        }
    }
}

namespace ServiceBot.Testing;

/// <summary>Files of this repository, for tests that keep generated documents in step with the code.</summary>
public static class RepositoryFiles
{
    /// <summary>Set to 1 to rewrite generated documents instead of failing when they drifted.</summary>
    public const string UpdateVariable = "SERVICEBOT_UPDATE_DOCS";

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// Compares a generated document with its committed copy; with <see cref="UpdateVariable"/> set, writes it instead.
    /// Returns null when they agree, or a message telling how to regenerate.
    /// </summary>
    public static string? CheckGenerated(string relative, string expected)
    {
        var path = PathOf(relative);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
            return null;
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        return actual == expected
            ? null
            : $"{relative} is out of date with the code. Regenerate it with: {UpdateVariable}=1 dotnet test --filter {relative.Replace('/', '_')}";
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServiceBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ServiceBot.sln not found above " + AppContext.BaseDirectory);
    }
}

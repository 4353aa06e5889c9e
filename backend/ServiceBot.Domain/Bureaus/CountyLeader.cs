namespace ServiceBot.Domain.Bureaus;

/// <summary>A county leader (县领导) to whom cases escalate at level 3 (提级) and who gives instructions (批示).</summary>
public sealed class CountyLeader
{
    private CountyLeader()
    {
        Code = string.Empty;
        Title = string.Empty;
    }

    public CountyLeader(string code, string title, string? name = null)
    {
        Code = code;
        Title = title;
        Name = name;
    }

    public string Code { get; private set; }

    /// <summary>The office, e.g. 分管工业副县长.</summary>
    public string Title { get; private set; }

    public string? Name { get; private set; }
}

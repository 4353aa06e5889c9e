namespace ServiceBot.Bot.Console.Cases;

/// <summary>What an action form posted; each action reads the fields its form asks for.</summary>
public sealed class ActionInput
{
    public string? Text { get; set; }

    public string? Reason { get; set; }

    public string? LeadBureau { get; set; }

    public IList<string> CoHandlers { get; } = [];

    public bool RequiresAnswerApproval { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? IntoCaseNumber { get; set; }
}

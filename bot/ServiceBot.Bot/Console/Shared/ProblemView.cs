namespace ServiceBot.Bot.Console.Shared;

/// <summary>Why a console page cannot show what was asked, in Chinese, with the HTTP status it answers with.</summary>
public sealed record ProblemView(int Status, string Title, string Message);

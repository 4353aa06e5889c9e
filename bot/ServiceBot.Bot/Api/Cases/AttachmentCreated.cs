namespace ServiceBot.Bot.Api.Cases;

public sealed record AttachmentCreated(Guid Id);

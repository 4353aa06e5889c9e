using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs;

internal static class HandoffErrors
{
    public static Error NoneOpen { get; } = Error.NotFound("handoff.none", "当前没有进行中的人工服务。");

    public static Error NotFound { get; } = Error.NotFound("handoff.notFound", "未找到该人工服务会话。");
}

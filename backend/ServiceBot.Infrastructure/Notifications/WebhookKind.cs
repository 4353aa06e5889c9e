namespace ServiceBot.Infrastructure.Notifications;

/// <summary>The group robot services a staff webhook can post to.</summary>
public enum WebhookKind
{
    /// <summary>钉钉自定义机器人: optional 加签 (HMAC-SHA256 of timestamp and secret) appended to the URL.</summary>
    DingTalk,

    /// <summary>企业微信群机器人: the key in the URL is the credential; no signature.</summary>
    WeCom,
}

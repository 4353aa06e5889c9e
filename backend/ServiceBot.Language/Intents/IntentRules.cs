namespace ServiceBot.Language.Intents;

/// <summary>
/// The hand-written rules. Decisive ones are anchored on a short message, allowing the politeness around it
/// (请、麻烦、吧、谢谢); the others only say that a telling phrase occurs. Patterns run on normalised text (half-width,
/// lower case), and tolerate the common homophone typos of pinyin input (述求/诉求, 那/哪, 反应/反映).
/// </summary>
internal static class IntentRules
{
    private const string Polite = "(请|麻烦|麻烦你|帮我|你好|您好)?";
    private const string Tail = "(吧|啊|呀|哦|了|一下|谢谢|谢谢你|,|，|。|!|！|\\?|？|\\s)*";

    public static IReadOnlyList<IntentRule> All { get; } =
    [
        new("转人工", Intent.TalkToPerson, $"^{Polite}(转|找|接|要|转接)?(人工|真人|客服|人工客服|人工服务|人工坐席){Tail}$", decisive: true),
        new("要求人工服务", Intent.TalkToPerson, "转人工|人工客服|人工服务|人工坐席|找人工|要人工|真人|(找|要|让|请|安排|接通).{0,3}(工作人员|专人|领导)|接线员|客服|不想跟机器人|机器人听不懂|换个人|当面谈|打电话|(你们|三服务办|客服)的?(电话|联系方式)"),
        new("查进度", Intent.CheckProgress, $"^{Polite}(查|查询|查看|看看)?(一下)?(我的)?(诉求|述求|工单|案件|进度|进展)(查询|进度|进展|状态|列表)?{Tail}$", decisive: true),
        new("问进度", Intent.CheckProgress, "到(哪|那)了|到(哪|那)一步|进度|进展|怎么样了|有(结果|回音|回复|答复)了?(吗|没)|有没有(结果|回音|回复|答复|进展)|有人(处理|管|在管|在办)|处理到|什么状态|状态|还没(人|处理|联系)|办(完|好)了(吗|没)|谁在办|多久能|什么时候能|我的(诉求|述求|案子|工单)|(之前|上次|以前|上周|前几天)(提交|提|报|反映)的|到(哪|那)个环节"),
        new("诉求编号", Intent.CheckProgress, "qy\\d{4}-?\\d{3,6}"),
        new("评价", Intent.EvaluateAnswer, $"^{Polite}(非常|很|比较|基本|不太|很不|不)?满意(满意)?{Tail}$|^{Polite}(好评|差评|给个?好评|给个?差评|五星|点赞|打分|评价|我要评价){Tail}$", decisive: true),
        new("满意度用语", Intent.EvaluateAnswer, "满意|好评|差评|^评价|我要评价|评价一下|打分|五星|点赞|认可|接受|答非所问|敷衍|踢皮球|(已经?|问题)解决了|没解决|答复(收到|看了|太)"),
        new("撤回", Intent.Withdraw, $"^{Polite}(撤回|撤销|撤掉|撤单|撤了|取消|不办了|不用办了|作废)(诉求|申请|我的诉求)?{Tail}$", decisive: true),
        new("撤回用语", Intent.Withdraw, "撤回|撤销|撤掉|撤单|撤了|撤一个|取消(我的)?(诉求|述求)|不用(办|麻烦|处理)了|不办了|不需要(处理|办理)?了|作废"),
        new("补充材料", Intent.SupplementInformation, $"^{Polite}(补充|补材料|补充材料|补充资料|补充信息|上传附件|补交材料|补材料){Tail}$", decisive: true),
        new("补充用语", Intent.SupplementInformation, "补充|补材料|补交|补齐|再补|追加|附件|照片|复印件|发过来|发一下|更新一下情况|忘了说"),
        new("问候", Intent.Greeting, $"^{Polite}(你好|您好|你好呀|你好你好|在吗|在不在|有人吗|早上好|上午好|中午好|下午好|晚上好|hello|hi|嗨|哈喽|喂|谢谢|多谢|好的谢谢|收到|再见|拜拜|辛苦了|嗯嗯?好的){Tail}$", decisive: true),
        new("帮助", Intent.Help, $"^{Polite}(帮助|help|菜单|使用说明|功能介绍|怎么用|你能做什么|你是谁|不会用){Tail}$", decisive: true),
        new("问功能", Intent.Help, "能做什么|能干什么|能帮我|怎么用|怎么操作|怎么(提|查)(诉求|问题)|功能|^帮助|帮助一下|使用说明|不会用|不会操作|你是谁|干什么的|干嘛的|是什么$|可以办哪些|能办什么|可以做什么|什么服务|解决什么问题"),
        new("问政策", Intent.AskPolicy, "政策|补贴|补助|奖励|扶持|优惠|条件|标准是|怎么申请|申报|享受|支持|待遇|贴息|咨询|补多少|奖多少|能补|好处"),
        new("提诉求", Intent.ReportProblem, $"^{Polite}(我要|我想)?(提交?|报|登记|反映|反应)(个|一个)?(诉求|述求|问题|难题|情况){Tail}$", decisive: true),
        new("反映问题", Intent.ReportProblem, "反映|反应|提交?(个|一个)?诉求|登记.{0,4}诉求|报(个|一个)?(问题|难题)|投诉|帮忙|协调|解决一下|难题|困难|急|一直|还没|迟迟|耽误|损失|卡住|卡在|太慢|失败|派人|老是|经常|总是"),
    ];
}

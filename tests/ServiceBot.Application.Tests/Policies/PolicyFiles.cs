using System.Text;

namespace ServiceBot.Application.Tests.Policies;

/// <summary>Small policy files for upload tests.</summary>
internal static class PolicyFiles
{
    public const string EquipmentTitle = "关于支持企业设备更新的若干措施";

    public static byte[] Equipment(string extra = "") => Encoding.UTF8.GetBytes($"""
        # {EquipmentTitle}

        1. 设备更新补助。对设备投资500万元以上的技术改造项目，按设备投资额的10%给予补助，最高不超过200万元。（责任单位：县经信局、县财政局）
        2. 首台套奖励。对认定为省级首台（套）的装备产品，给予一次性奖励50万元。{extra}

        本措施自2025年1月1日起施行，有效期至2027年12月31日。
        """);
}

namespace InferCost.Catalog;

/// <summary>Which network a fabric is: the GPU's high-bandwidth domain, or the NIC network between servers.</summary>
public enum FabricScale
{
    /// <summary>Scale-up: NVLink and NVSwitch, Infinity Fabric, ICI, PCIe, on-die RoCE inside a baseboard.</summary>
    Up,

    /// <summary>Scale-out: InfiniBand or Ethernet through NICs and switches.</summary>
    Out,
}

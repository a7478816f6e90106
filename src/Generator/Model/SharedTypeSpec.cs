using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Model
{
    /// <summary>
    /// A public constructor of a <c>[Shared]</c> class, run in the server when a process calls <c>manager.Create&lt;Name&gt;(...)</c>.
    /// </summary>
    /// <param name="Id">A hash of <paramref name="Signature"/>.</param>
    internal sealed record SharedConstructorSpec(ulong Id, string Signature, string DisplayName, EquatableArray<ParameterSpec> Parameters);

    /// <summary>
    /// A public method of a <c>[Shared]</c> class, forwarded by its proxy.
    /// </summary>
    /// <param name="Id">A hash of <paramref name="Signature"/>, the same in the caller and the server.</param>
    /// <param name="ResultTypeName">The <c>global::</c>-qualified result (the <c>T</c> of <c>Task&lt;T&gt;</c>); empty when there is none.</param>
    /// <param name="ResultIsShared">Whether the result is itself a <c>[Shared]</c> class, so that the caller gets a proxy of it.</param>
    internal sealed record SharedMethodSpec(
        ulong Id,
        string Signature,
        string DisplayName,
        string Name,
        EquatableArray<ParameterSpec> Parameters,
        ReturnKind ReturnKind,
        string ResultTypeName,
        bool ResultIsShared);

    /// <summary>A public property of a <c>[Shared]</c> class: each accessor is one call, with its own id (0 when absent).</summary>
    internal sealed record SharedPropertySpec(
        string Name,
        string TypeName,
        bool TypeIsShared,
        ulong GetterId,
        string GetterSignature,
        ulong SetterId,
        string SetterSignature,
        string DisplayName);

    /// <summary>
    /// A class marked <c>[Shared]</c> that the generator can serve: what its proxy members, its manager factory methods,
    /// its server dispatcher and its registration need. Only strings, numbers, bools and <see cref="EquatableArray{T}"/>,
    /// so that an edit elsewhere compares equal and skips emission; members that break a rule are left out (the
    /// analyzer reports them).
    /// </summary>
    /// <param name="TypeId">A hash of <paramref name="FullTypeName"/>.</param>
    /// <param name="Namespace">The namespace, empty for the global one; the proxy's extension class goes there.</param>
    /// <param name="FullTypeName">The <c>global::</c>-qualified name.</param>
    /// <param name="DisplayName">The dotted name without <c>global::</c>, for messages.</param>
    /// <param name="Name">The simple name, used in <c>Create&lt;Name&gt;</c> and the extension class's name.</param>
    /// <param name="ExtensionClassName">The name of the static class that holds the proxy's extension members.</param>
    /// <param name="IsPublic">Whether the class is public all the way out, so that its extension members can be.</param>
    /// <param name="ConcurrentCalls">The attribute's <c>ConcurrentCalls</c>.</param>
    /// <param name="HintName">A file-name-safe unique name.</param>
    internal sealed record SharedTypeSpec(
        ulong TypeId,
        string Namespace,
        string FullTypeName,
        string DisplayName,
        string Name,
        string ExtensionClassName,
        bool IsPublic,
        bool ConcurrentCalls,
        string HintName,
        EquatableArray<SharedConstructorSpec> Constructors,
        EquatableArray<SharedMethodSpec> Methods,
        EquatableArray<SharedPropertySpec> Properties);
}

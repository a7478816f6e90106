using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Model
{
    /// <summary>A type that a generated partial declaration is nested in, outermost first: <c>partial class Outer</c>.</summary>
    internal sealed record ContainingTypeSpec(string Keyword, string Name);

    /// <summary>A field or auto-property of a process subclass, copied to the child in declaration order.</summary>
    internal sealed record StateMemberSpec(string Name, string TypeName);

    /// <summary>
    /// A <c>partial</c> class deriving from <c>Multiprocessing.Process</c>: its state travels to the child, where its
    /// <c>Run</c> executes. Equatable like every spec (see <see cref="EntrySpec"/>).
    /// </summary>
    /// <param name="AssemblyName">The assembly whose dispatch table runs the subclass in the child.</param>
    /// <param name="Namespace">The namespace, empty for the global one.</param>
    /// <param name="ContainingTypes">The declaration chain, outermost first, ending with the subclass itself.</param>
    /// <param name="FullTypeName">The <c>global::</c>-qualified name.</param>
    /// <param name="HintName">A file-name-safe unique name.</param>
    /// <param name="IsSealed">Whether the class is sealed: its restoring constructor is then private, not protected.</param>
    /// <param name="IsAbstract">Whether the class is abstract: it is never started, so it gets no entry, only its state.</param>
    /// <param name="DerivesFromGeneratedSubclass">Whether the base class is itself a generated subclass, whose state comes first.</param>
    /// <param name="HidesBaseRunStub">Whether the base's generated run stub is visible here (same assembly), so this one must say <c>new</c>.</param>
    /// <param name="ObservesTermination">Whether the class (or a base) overrides <c>RunAsync(CancellationToken)</c>, so that Terminate cancels a token instead of ending it at once.</param>
    /// <param name="HasDeclaredConstructors">Whether the user wrote a constructor; if not, the generated one must not hide the implicit default.</param>
    internal sealed record SubclassSpec(
        ulong Id,
        string Signature,
        string DisplayName,
        string AssemblyName,
        string Namespace,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string FullTypeName,
        string HintName,
        bool HasDeclaredConstructors,
        bool IsSealed,
        bool IsAbstract,
        bool DerivesFromGeneratedSubclass,
        bool HidesBaseRunStub,
        bool ObservesTermination,
        EquatableArray<StateMemberSpec> State);
}

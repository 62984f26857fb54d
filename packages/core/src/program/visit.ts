// A drop-in copy of @shaderfrog/glsl-parser's ast/visit.js `visit` (7.0.1), same traversal step
// for step (enter, removal, replacement, skip, stop, the children snapshot, exit), but with the
// path's methods on a shared prototype instead of five new closures per visited node. Under tsx
// (esbuild keepNames) every one of those closures also costs an Object.defineProperty call, which
// made visiting the AST the largest cost of normalize() once parsing was fast.
// glsl.ts exports it as `visit`; the reference mode there uses the package's own.
import type { AstNode, Program, NodeVisitors, Path as PackagePath } from './glsl.ts';

type AnyNode = Program | AstNode;

const isNode = (node: any): boolean => !!(node === null || node === undefined ? undefined : node.type);
const isTraversable = (node: any): boolean => isNode(node) || Array.isArray(node);

class Path {
  stopped?: boolean;
  skipped?: boolean;
  removed?: boolean;
  replaced?: any;
  constructor(
    public node: any,
    public parent: AnyNode | undefined,
    public parentPath: Path | undefined,
    public key: string | undefined,
    public index: number | undefined,
  ) {}
  stop() {
    this.stopped = true;
  }
  skip() {
    this.skipped = true;
  }
  remove() {
    this.removed = true;
  }
  replaceWith(replacer: AstNode) {
    this.replaced = replacer;
  }
  findParent(test: (p: Path) => boolean): Path | undefined {
    const parentPath = this.parentPath;
    return !parentPath ? parentPath : test(parentPath) ? parentPath : parentPath.findParent(test);
  }
}

/** Applies the visitor pattern to an AST, exactly as the package's `visit`. */
export function visit(ast: AnyNode, visitors: NodeVisitors): void {
  let stopped = false;
  const table = visitors as Record<string, { enter?: (p: PackagePath<any>) => void; exit?: (p: PackagePath<any>) => void } | undefined>;
  const visitNode = (node: any, parent?: any, parentPath?: Path, key?: string, index?: number): Path | undefined => {
    // Handle case where stop happened at exit
    if (stopped) return undefined;
    const visitor = table[node.type];
    const path = new Path(node, parent, parentPath, key, index);
    const parentNode = parent;
    if (visitor?.enter) {
      visitor.enter(path as unknown as PackagePath<any>);
      if (path.removed) {
        if (!key || !parent) throw new Error(`Asked to remove ${node} but no parent key was present in ${parent}`);
        if (typeof index === 'number') parentNode[key].splice(index, 1);
        else parentNode[key] = null;
        return path;
      }
      if (path.replaced) {
        if (!key || !parent) throw new Error(`Asked to remove ${node} but no parent key was present in ${parent}`);
        if (typeof index === 'number') parentNode[key].splice(index, 1, path.replaced);
        else parentNode[key] = path.replaced;
      }
      if (path.skipped) return path;
    }
    if (path.stopped) {
      stopped = true;
      return undefined;
    }
    if (path.replaced) {
      visitNode(path.replaced, parent, parentPath, key, index);
    } else {
      // The package takes Object.entries(node) filtered to traversable values before visiting any.
      const entries = Object.entries(node);
      const keys: string[] = [];
      const values: any[] = [];
      for (let e = 0; e < entries.length; e++) {
        if (isTraversable(entries[e][1])) {
          keys.push(entries[e][0]);
          values.push(entries[e][1]);
        }
      }
      for (let e = 0; e < keys.length; e++) {
        const nodeKey = keys[e];
        const nodeValue = values[e];
        if (Array.isArray(nodeValue)) {
          for (let i = 0, offset = 0; i - offset < nodeValue.length && !stopped; i++) {
            const child = nodeValue[i - offset];
            const res = visitNode(child, node, path, nodeKey, i - offset);
            if (res?.removed) offset += 1;
          }
        } else if (!stopped) {
          visitNode(nodeValue, node, path, nodeKey);
        }
      }
      if (!stopped) visitor?.exit?.call(visitor, path as unknown as PackagePath<any>);
    }
    return undefined;
  };
  visitNode(ast);
}

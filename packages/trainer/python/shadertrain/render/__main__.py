"""``python -m shadertrain.render serve [--device auto|cpu|cuda:N]``: the JSON-lines render server."""
import argparse
import sys

from .server import serve


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog='python -m shadertrain.render')
    sub = ap.add_subparsers(dest='cmd', required=True)
    s = sub.add_parser('serve', help='JSON lines on stdin/stdout (see shadertrain/render/server.py)')
    s.add_argument('--device', default='auto', help="auto | cpu | cuda:N (default auto)")
    s.add_argument('--max-memory-mb', type=int, default=0,
                   help='cap the address space (CPU renderer only; 0 = no cap)')
    args = ap.parse_args(argv)
    return serve(args.device, args.max_memory_mb)


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""The numpy baseline of `make bench`: section 4.5 of the book as numpy code does it. A 784-50-10 net
(sigmoid hidden layer, softmax output, cross-entropy loss) trained by mini-batch SGD with backpropagation:
10,000 iterations of 100 examples drawn with replacement, learning rate 0.1, and the accuracy on the full
training and test sets every 600 iterations (17 evaluations), as `dlplot train` does (in float32 there, the
data in float32 and the weights in float64 here, as numpy code usually is).

Usage: train_numpy.py [DATA_DIR] [ITERS]
       train_numpy.py --blas     (only print which BLAS numpy loads: library, version, kernel, threads)
DATA_DIR holds the four gzip-compressed IDX files of MNIST or Fashion-MNIST (default: Debian's
dataset-fashion-mnist). Prints one line:
  load 1.22s train 14.02s first loss 2.2975 last loss 0.4520 final acc train 0.8688 test 0.8513 points 17
"""
import gzip
import sys
import time

import numpy as np

DEFAULT_DATA = "/usr/share/datasets/fashion-mnist"
BATCH, LR, EVALUATE_EVERY = 100, 0.1, 600


def read_idx(path, header_bytes):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=header_bytes)


def load(folder):
    """Images as float32 rows scaled to [0, 1], labels one-hot."""
    def images(name):
        return read_idx(f"{folder}/{name}-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float32) / 255.0

    def labels(name):
        return np.eye(10)[read_idx(f"{folder}/{name}-labels-idx1-ubyte.gz", 8)]

    return images("train"), labels("train"), images("t10k"), labels("t10k")


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    x = x - x.max(axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def print_blas():
    """What numpy's matrix products run on, as threadpoolctl reports it (the kernel depends on the processor
    and on OPENBLAS_CORETYPE)."""
    try:
        import threadpoolctl
    except ImportError:
        print("numpy's BLAS kernel not shown: threadpoolctl is not installed (make deps-bench installs it)")
        return
    pools = [p for p in threadpoolctl.threadpool_info() if p.get("user_api") == "blas"]
    for p in pools:
        print(f"numpy {np.__version__} uses {p.get('internal_api')} {p.get('version')}, "
              f"kernel {p.get('architecture')}, {p.get('num_threads')} threads")
    if not pools:
        print(f"numpy {np.__version__}: threadpoolctl finds no BLAS")


def main():
    if sys.argv[1:] == ["--blas"]:
        print_blas()
        return
    folder = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DATA
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    t0 = time.perf_counter()
    x_train, t_train, x_test, t_test = load(folder)
    t1 = time.perf_counter()

    rng = np.random.default_rng(0)
    W1, b1 = 0.01 * rng.standard_normal((784, 50)), np.zeros(50)
    W2, b2 = 0.01 * rng.standard_normal((50, 10)), np.zeros(10)

    def predict(x):
        return softmax(sigmoid(x @ W1 + b1) @ W2 + b2)

    def accuracy(x, t):
        return (predict(x).argmax(1) == t.argmax(1)).mean()

    losses, accuracies = [], []
    for i in range(iterations):
        batch = rng.choice(len(x_train), BATCH)
        x, t = x_train[batch], t_train[batch]
        # forward
        z1 = sigmoid(x @ W1 + b1)
        y = softmax(z1 @ W2 + b2)
        # backward: softmax with cross-entropy, then the sigmoid layer
        dy = (y - t) / BATCH
        gW2, gb2 = z1.T @ dy, dy.sum(0)
        da1 = (1 - z1) * z1 * (dy @ W2.T)
        gW1, gb1 = x.T @ da1, da1.sum(0)
        W1 -= LR * gW1; b1 -= LR * gb1; W2 -= LR * gW2; b2 -= LR * gb2
        # the loss on this batch after the update, as the book's train_neuralnet.py records it
        losses.append(-np.sum(t * np.log(predict(x) + 1e-7)) / BATCH)
        if i % EVALUATE_EVERY == 0:
            accuracies.append((accuracy(x_train, t_train), accuracy(x_test, t_test)))
    t2 = time.perf_counter()

    train, test = accuracies[-1]
    print(f"load {t1 - t0:.2f}s train {t2 - t1:.2f}s first loss {losses[0]:.4f} last loss {losses[-1]:.4f} "
          f"final acc train {train:.4f} test {test:.4f} points {len(accuracies)}")


if __name__ == "__main__":
    main()

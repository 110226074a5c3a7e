import { SLIDING_WINDOW_TEMPLATES } from "./sliding-window-attention";
import { checkTopicBank } from "./topic-bank-checks";

checkTopicBank(SLIDING_WINDOW_TEMPLATES, "sliding-window-attention", "swa");

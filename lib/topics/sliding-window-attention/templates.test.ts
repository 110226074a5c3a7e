import { SLIDING_WINDOW_TEMPLATES } from "./templates";
import { checkTopicBank } from "@/lib/topics/topic-bank-checks";

checkTopicBank(SLIDING_WINDOW_TEMPLATES, "sliding-window-attention", "swa");
